#include "medlint/model/file_kind.h"

#include <string>
#include <system_error>

namespace medlint {
namespace fs = std::filesystem;

FileKind classify(const fs::path& path) {
  const std::string name = path.filename().string();
  if (name != "people.json" && name != "disclaimers.json") return FileKind::kArticle;
  if (path.parent_path().filename() != "registry") return FileKind::kArticle;
  return name == "people.json" ? FileKind::kPeopleRegistry : FileKind::kDisclaimerRegistry;
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

}  // namespace medlint
