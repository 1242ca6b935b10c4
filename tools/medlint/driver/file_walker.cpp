#include "medlint/driver/file_walker.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <system_error>

namespace medlint {
namespace fs = std::filesystem;

namespace {

// Already normal: no ".", ".." or empty component (most paths of a walk).
bool plainly_normal(std::string_view s) {
  if (s.empty() || s.starts_with("./") || s.starts_with("../") || s == "." || s == "..") return false;
  if (s.ends_with("/.") || s.ends_with("/..") || s.ends_with('/')) return false;
  return s.find("//") == std::string_view::npos && s.find("/./") == std::string_view::npos &&
         s.find("/../") == std::string_view::npos;
}

std::string display_path(const fs::path& p) {
  return plainly_normal(p.native()) ? p.native() : p.lexically_normal().generic_string();
}

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

bool skipped_folder(const fs::path& p) { return hidden(p) || p.filename() == "node_modules"; }

// medlint.json is the config, never an article (`medlint config --print` shows it).
bool is_config_file(const fs::path& p) { return p.filename() == "medlint.json"; }

// Walks `root` folder by folder, so that a folder that cannot be read is
// reported and the walk goes on with the rest (a recursive_directory_iterator
// ends at the first failure). Folder symlinks are not followed.
void walk(const fs::path& root, std::vector<FileInput>& found, std::vector<bool>& links,
          std::vector<PathError>& errors) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::error_code type_ec;
      const bool link = entry.is_symlink(type_ec);
      if (!link && entry.is_directory(type_ec)) {
        if (!skipped_folder(entry.path())) pending.push_back(entry.path());
        continue;
      }
      if (entry.path().extension() != ".json" || is_config_file(entry.path()) || hidden(entry.path())) continue;
      // A symlink to a file is followed; a broken or looping one, a FIFO or a
      // device is read (and reported) like any unreadable file.
      if (link && fs::is_directory(entry.path(), type_ec)) continue;
      found.push_back({display_path(entry.path()), entry.path(), classify(entry.path())});
      links.push_back(link);
    }
    if (ec) errors.push_back({PathError::Kind::kUnreadable, display_path(dir), ec.message(), true});
  }
}

}  // namespace

std::string file_identity(const fs::path& p) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(p, ec).lexically_normal();
  const fs::path c = fs::weakly_canonical(absolute, ec);
  return ec ? absolute.string() : c.string();
}

namespace {

// file_identity for many files: each folder is resolved once (a walk of
// readlink calls up its path), then a file that is not itself a symlink is
// its folder's identity plus its name.
class Identities {
 public:
  // `plain`: the caller knows `p` is no symlink (the walk read its type).
  std::string of(const fs::path& p, bool plain = false) {
    std::error_code ec;
    if (!plain && fs::is_symlink(p, ec)) return file_identity(p);
    const std::string& s = p.native();
    const std::size_t slash = s.rfind('/');
    const std::string name = slash == std::string::npos ? s : s.substr(slash + 1);
    if (name.empty() || name == "." || name == "..") return file_identity(p);
    const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : s.substr(0, slash);
    auto [it, fresh] = folders_.try_emplace(dir);
    if (fresh) it->second = file_identity(dir);
    return it->second + (it->second.ends_with('/') ? "" : "/") + name;
  }

 private:
  std::unordered_map<std::string, std::string> folders_;
};

}  // namespace

void exclude_files(std::vector<FileInput>& files, const std::vector<std::string>& paths) {
  if (paths.empty()) return;
  std::set<std::string> excluded;
  std::vector<std::string> folders;  // with a trailing separator
  for (const std::string& p : paths) {
    excluded.insert(file_identity(p));
    std::error_code ec;
    if (fs::is_directory(p, ec)) folders.push_back(file_identity(p) + "/");
  }
  Identities identities;
  std::erase_if(files, [&](const FileInput& f) {
    const std::string id = identities.of(f.path);
    return excluded.count(id) > 0 ||
           std::any_of(folders.begin(), folders.end(), [&id](const std::string& d) { return id.starts_with(d); });
  });
}

void collect_files(const std::vector<std::string>& paths, std::vector<FileInput>& out, std::vector<PathError>& errors) {
  std::vector<FileInput> found;
  std::vector<bool> links;  // per found file: a symlink, or not known to be none
  for (const std::string& given : paths) {
    const fs::path root(given);
    std::error_code ec;
    const fs::file_status st = fs::status(root, ec);
    if (ec || !fs::exists(st)) {
      errors.push_back({PathError::Kind::kUnreadable, given, ec ? ec.message() : "No such file or directory", false});
      continue;
    }
    if (is_config_file(root) && !fs::is_directory(st)) {
      errors.push_back({PathError::Kind::kNothingToCheck, given,
                        "'" + given + "' is medlint's config, not an article; check the articles or their folder"});
      continue;
    }
    if (!fs::is_directory(st)) {
      found.push_back({display_path(root), root, classify(root)});
      links.push_back(true);
      continue;
    }
    const std::size_t before = found.size();
    const std::size_t errors_before = errors.size();
    walk(root, found, links, errors);
    // A folder with nothing to check is a mistake, not a clean run.
    if (found.size() == before && errors.size() == errors_before) {
      errors.push_back({PathError::Kind::kNothingToCheck, given, "no *.json files found under '" + given + "'"});
    }
  }
  std::vector<std::size_t> order(found.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return found[a].display < found[b].display; });
  std::set<std::string> seen;
  Identities identities;
  for (const FileInput& f : out) seen.insert(identities.of(f.path));
  for (const std::size_t i : order) {
    if (seen.insert(identities.of(found[i].path, !links[i])).second) out.push_back(std::move(found[i]));
  }
}

}  // namespace medlint
