#include "medlint/model/file_kind.h"

#include <string>
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

}  // namespace medlint
