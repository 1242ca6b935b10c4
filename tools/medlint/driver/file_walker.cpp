#include "medlint/driver/file_walker.h"

#include <algorithm>
#include <set>
#include <system_error>

namespace medlint {
namespace fs = std::filesystem;

namespace {

std::string display_path(const fs::path& p) { return p.lexically_normal().generic_string(); }

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
void walk(const fs::path& root, std::vector<FileInput>& found, std::vector<PathError>& errors) {
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

void exclude_files(std::vector<FileInput>& files, const std::vector<std::string>& paths) {
  if (paths.empty()) return;
  std::set<std::string> excluded;
  std::vector<std::string> folders;  // with a trailing separator
  for (const std::string& p : paths) {
    excluded.insert(file_identity(p));
    std::error_code ec;
    if (fs::is_directory(p, ec)) folders.push_back(file_identity(p) + "/");
  }
  std::erase_if(files, [&](const FileInput& f) {
    const std::string id = file_identity(f.path);
    return excluded.count(id) > 0 ||
           std::any_of(folders.begin(), folders.end(), [&id](const std::string& d) { return id.starts_with(d); });
  });
}

void collect_files(const std::vector<std::string>& paths, std::vector<FileInput>& out, std::vector<PathError>& errors) {
  std::vector<FileInput> found;
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
      continue;
    }
    const std::size_t before = found.size();
    const std::size_t errors_before = errors.size();
    walk(root, found, errors);
    // A folder with nothing to check is a mistake, not a clean run.
    if (found.size() == before && errors.size() == errors_before) {
      errors.push_back({PathError::Kind::kNothingToCheck, given, "no *.json files found under '" + given + "'"});
    }
  }
  std::sort(found.begin(), found.end(), [](const FileInput& a, const FileInput& b) { return a.display < b.display; });
  std::set<std::string> seen;
  for (const FileInput& f : out) seen.insert(file_identity(f.path));
  for (FileInput& f : found) {
    if (seen.insert(file_identity(f.path)).second) out.push_back(std::move(f));
  }
}

}  // namespace medlint
