// Which kind of file a path is in a content repository, and where an
// article's registries are: the layout conventions every layer shares.
#pragma once

#include <filesystem>
#include <optional>

namespace medlint {

// Which files a rule looks at.
enum class FileKind { kArticle, kPeopleRegistry, kDisclaimerRegistry };

// A file's kind from its place: registry/people.json and
// registry/disclaimers.json are registries, everything else an article.
FileKind classify(const std::filesystem::path& path);

// The registry folder an article uses: `configured` if set, else the
// registry/ folder beside the nearest articles/ folder above the article.
std::optional<std::filesystem::path> registry_dir_for(const std::filesystem::path& article,
                                                      const std::optional<std::filesystem::path>& configured);

}  // namespace medlint
