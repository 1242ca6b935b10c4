#include "medlint/base/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace medlint {
namespace {

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "Is a directory";
  if (S_ISFIFO(mode)) return "not a regular file (a FIFO)";
  if (S_ISSOCK(mode)) return "not a regular file (a socket)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "not a regular file (a device)";
  return "not a regular file";
}

// Reads fd to its end, at most max_size bytes (one more tells "larger").
ReadResult read_all(int fd, std::uintmax_t max_size, std::size_t reserve) {
  ReadResult r;
  r.bytes.reserve(reserve);
  char chunk[65536];
  while (true) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      r.error = std::strerror(errno);
      r.bytes.clear();
      return r;
    }
    if (n == 0) break;
    r.bytes.append(chunk, static_cast<std::size_t>(n));
    if (r.bytes.size() > max_size) {
      r.size = r.bytes.size();
      r.bytes.clear();
      r.status = ReadResult::Status::kTooLarge;
      return r;
    }
  }
  r.size = r.bytes.size();
  r.status = ReadResult::Status::kOk;
  return r;
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

mode_t default_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

namespace {

FileStamp stamp_of(const struct stat& st) {
  return {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
          static_cast<std::uint64_t>(st.st_size),
          static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
          static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
}

}  // namespace

std::optional<FileStamp> stamp_file(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return stamp_of(st);
}

ReadResult read_file(const std::filesystem::path& path, std::uintmax_t max_size) {
  ReadResult r;
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    r.error = std::strerror(errno);
    return r;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    r.error = kind_of(st.st_mode);
    ::close(fd);
    return r;
  }
  r.size = static_cast<std::uintmax_t>(st.st_size);
  if (r.size > max_size) {
    r.status = ReadResult::Status::kTooLarge;
    ::close(fd);
    return r;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  r = read_all(fd, max_size, static_cast<std::size_t>(st.st_size));  // it may have grown since fstat
  r.stamp = stamp_of(st);
  ::close(fd);
  return r;
}

ReadResult read_stdin(std::uintmax_t max_size) {
  struct stat st {};
  if (::fstat(STDIN_FILENO, &st) != 0) {
    ReadResult r;
    r.error = "standard input is closed";
    return r;
  }
  if (S_ISDIR(st.st_mode)) {
    ReadResult r;
    r.error = "standard input is a directory";
    return r;
  }
  return read_all(STDIN_FILENO, max_size, 0);
}

Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view bytes, WriteMode mode,
                                   Durability durability) {
  const std::string shown = "'" + path.string() + "'";
  struct stat st {};
  const bool exists = ::lstat(path.c_str(), &st) == 0;
  if (exists && S_ISLNK(st.st_mode)) return Error{"refusing to write " + shown + ": it is a symbolic link"};
  if (exists && !S_ISREG(st.st_mode)) return Error{"refusing to write " + shown + ": " + kind_of(st.st_mode)};
  if (exists && mode == WriteMode::kCreateNew) return Error{shown + " already exists"};
  if (!exists && errno != ENOENT) return Error{"cannot write " + shown + ": " + std::strerror(errno)};

  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  // A hidden name: a folder walk skips it while it exists.
  std::string temp = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return Error{"cannot write " + shown + ": " + std::strerror(errno)};
  const mode_t perms = exists ? (st.st_mode & 07777) : default_file_mode();
  bool ok =
      write_all(fd, bytes) && ::fchmod(fd, perms) == 0 && (durability == Durability::kBatched || ::fsync(fd) == 0);
  const int write_errno = errno;
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    ::unlink(temp.c_str());
    return Error{"cannot write " + shown + ": " + std::strerror(write_errno)};
  }
  int rc = 0;
  if (mode == WriteMode::kCreateNew) {
    rc = ::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
      // No RENAME_NOREPLACE on this file system: link() also refuses an existing target.
      rc = ::link(temp.c_str(), path.c_str());
      if (rc == 0) ::unlink(temp.c_str());
    }
  } else {
    rc = ::rename(temp.c_str(), path.c_str());
  }
  if (rc != 0) {
    const int rename_errno = errno;
    ::unlink(temp.c_str());
    if (rename_errno == EEXIST) return Error{shown + " already exists"};
    return Error{"cannot write " + shown + ": " + std::strerror(rename_errno)};
  }
  return {};
}

Result<void> sync_file_system(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Error{"cannot open '" + folder.string() + "': " + std::strerror(errno)};
  const bool ok = ::syncfs(fd) == 0;
  const int sync_errno = errno;
  ::close(fd);
  if (!ok) return Error{"cannot flush the files written to '" + folder.string() + "': " + std::strerror(sync_errno)};
  return {};
}

}  // namespace medlint
