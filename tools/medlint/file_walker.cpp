#include "file_walker.h"

#include <algorithm>
#include <set>
#include <system_error>

namespace medlint {
namespace fs = std::filesystem;

FileKind classify(const fs::path& path) {
  const std::string name = path.filename().string();
  if (path.parent_path().filename() == "registry") {
    if (name == "people.json") return FileKind::kPeopleRegistry;
    if (name == "disclaimers.json") return FileKind::kDisclaimerRegistry;
  }
  return FileKind::kArticle;
}

std::optional<fs::path> registry_dir_for(const fs::path& article, const std::optional<fs::path>& configured) {
  if (configured) return configured;
  std::error_code ec;
  fs::path dir = fs::absolute(article, ec).parent_path();
  for (; !dir.empty() && dir.has_relative_path(); dir = dir.parent_path()) {
    if (dir.filename() == "articles") return dir.parent_path() / "registry";
  }
  return std::nullopt;
}

namespace {

std::string display_path(const fs::path& p) { return p.lexically_normal().generic_string(); }

bool skipped_folder(const fs::path& p) {
  const std::string name = p.filename().string();
  return (name.size() > 1 && name[0] == '.' && name != "..") || name == "node_modules";
}

// medlint.json is the config, never an article (`medlint config --print` shows it).
bool is_config_file(const fs::path& p) { return p.filename() == "medlint.json"; }

}  // namespace

void collect_files(const std::vector<std::string>& paths, std::vector<FileInput>& out,
                   std::vector<std::string>& errors) {
  std::vector<FileInput> found;
  for (const std::string& given : paths) {
    const fs::path root(given);
    std::error_code ec;
    const fs::file_status st = fs::status(root, ec);
    if (ec || !fs::exists(st)) {
      errors.push_back("cannot read '" + given + "': " + (ec ? ec.message() : "No such file or directory"));
      continue;
    }
    if (is_config_file(root)) continue;
    if (!fs::is_directory(st)) {
      found.push_back({display_path(root), root, classify(root)});
      continue;
    }
    const std::size_t before = found.size();
    fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
    if (ec) {
      errors.push_back("cannot read folder '" + given + "': " + ec.message());
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        errors.push_back("cannot read folder under '" + given + "': " + ec.message());
        break;
      }
      const fs::directory_entry& entry = *it;
      std::error_code type_ec;
      if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
        if (skipped_folder(entry.path())) it.disable_recursion_pending();
        continue;
      }
      if (entry.path().extension() != ".json" || is_config_file(entry.path())) continue;
      // A symlink to a file is followed; a broken or looping one is read
      // (and reported) like any unreadable file.
      if (entry.is_symlink(type_ec) && fs::is_directory(entry.path(), type_ec)) continue;
      found.push_back({display_path(entry.path()), entry.path(), classify(entry.path())});
    }
    // A folder with nothing to check is a mistake, not a clean run.
    if (found.size() == before && !ec) errors.push_back("no *.json files found under '" + given + "'");
  }
  std::sort(found.begin(), found.end(), [](const FileInput& a, const FileInput& b) { return a.display < b.display; });
  std::set<std::string> seen;
  for (const FileInput& f : out) seen.insert(f.display);
  for (FileInput& f : found) {
    if (seen.insert(f.display).second) out.push_back(std::move(f));
  }
}

}  // namespace medlint
