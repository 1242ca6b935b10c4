#include "medlint/driver/git_changes.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <system_error>

extern char** environ;

namespace medlint {
namespace fs = std::filesystem;

namespace {

struct Fd {
  int fd = -1;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

// Reads both pipes until both are closed (poll: neither can fill up and
// block the child while we wait on the other).
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  std::array<pollfd, 2> fds{pollfd{out_fd, POLLIN, 0}, pollfd{err_fd, POLLIN, 0}};
  std::array<std::string*, 2> sinks{&out, &err};
  int open = 2;
  char buffer[65536];
  while (open > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;  // closed by the caller
        --open;
      }
    }
  }
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv) {
  ProcessResult result;
  if (argv.empty()) return result;
  int out_pipe[2];
  int err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) {
    result.err = std::strerror(errno);
    return result;
  }
  Fd out_read{out_pipe[0]}, out_write{out_pipe[1]};
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    result.err = std::strerror(errno);
    return result;
  }
  Fd err_read{err_pipe[0]}, err_write{err_pipe[1]};

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_write.fd, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_write.fd, STDERR_FILENO);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    result.err = std::strerror(rc);
    return result;
  }
  result.started = true;
  out_write.reset();
  err_write.reset();
  drain(out_read.fd, err_read.fd, result.out, result.err);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return result;
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string path_key(const fs::path& file) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(file, ec).lexically_normal();
  const fs::path dir = fs::weakly_canonical(absolute.parent_path(), ec);
  return ec ? absolute.string() : (dir / absolute.filename()).lexically_normal().string();
}

bool ChangedFiles::contains(const fs::path& file) const { return files.count(path_key(file)) > 0; }

namespace {

// Splits NUL-separated output (-z: names are not quoted).
void add_names(const std::string& out, const fs::path& top, std::set<std::string>& into) {
  std::size_t begin = 0;
  while (begin < out.size()) {
    std::size_t end = out.find('\0', begin);
    if (end == std::string::npos) end = out.size();
    if (end > begin) into.insert(path_key(top / out.substr(begin, end - begin)));
    begin = end + 1;
  }
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "no message" : line;
}

}  // namespace

Result<ChangedFiles> git_changed_files(const std::string& rev, const fs::path& where) {
  std::error_code ec;
  fs::path dir = where.empty() ? fs::path(".") : where;
  if (!fs::is_directory(dir, ec)) dir = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  const std::string shown = dir.generic_string();
  if (rev.empty() || rev.starts_with("-")) return Error{"--changed-since needs a git revision, not '" + rev + "'"};

  ProcessResult top = run_process({"git", "-C", dir.string(), "rev-parse", "--show-toplevel"});
  if (!top.started) return Error{"--changed-since: cannot run git: " + top.err};
  if (top.exit_code != 0 || top.out.empty())
    return Error{"--changed-since: '" + shown + "' is not in a git work tree (git: " + first_line(top.err) + ")"};
  ChangedFiles changed;
  changed.top = fs::path(top.out.substr(0, top.out.find('\n')));
  const std::string root = changed.top.string();

  const ProcessResult verify = run_process({"git", "-C", root, "rev-parse", "--verify", "--quiet", rev + "^{commit}"});
  if (verify.exit_code != 0)
    return Error{"--changed-since: git knows no commit '" + rev + "' in " + root +
                 " (a shallow clone may lack it: fetch more history)"};
  const ProcessResult diff = run_process({"git", "-C", root, "diff", "--name-only", "-z", "--no-renames", rev, "--"});
  if (diff.exit_code != 0) return Error{"--changed-since: git diff failed: " + first_line(diff.err)};
  const ProcessResult untracked = run_process({"git", "-C", root, "ls-files", "--others", "--exclude-standard", "-z"});
  if (untracked.exit_code != 0) return Error{"--changed-since: git ls-files failed: " + first_line(untracked.err)};
  add_names(diff.out, changed.top, changed.files);
  add_names(untracked.out, changed.top, changed.files);
  return changed;
}

void keep_changed(std::vector<FileInput>& files, const ChangedFiles& changed, const Config& config) {
  // A change to the config or to a file it names affects every article.
  if (!config.file.empty() && changed.contains(config.file)) return;
  if (config.article_schema && changed.contains(*config.article_schema)) return;
  if (config.retractions && changed.contains(*config.retractions)) return;
  // A changed registry affects every article that uses it.
  const auto registry_changed = [&](const fs::path& article) {
    const auto dir = registry_dir_for(article, config.registry);
    return dir && (changed.contains(*dir / "people.json") || changed.contains(*dir / "disclaimers.json"));
  };
  std::erase_if(files, [&](const FileInput& f) {
    if (changed.contains(f.path)) return false;
    return f.kind != FileKind::kArticle || !registry_changed(f.path);
  });
}

}  // namespace medlint
