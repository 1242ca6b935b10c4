// Turns the paths given on the command line into the sorted list of files to
// check. Folders are walked recursively for *.json, skipping hidden folders
// and node_modules; folder symlinks are not followed (no loops), file
// symlinks are.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rule.h"

namespace medlint {

struct FileInput {
  std::string display;          // the path as reported, e.g. "content/articles/x.json"
  std::filesystem::path path;   // where to read it
  FileKind kind = FileKind::kArticle;
};

// A file's kind from its place: registry/people.json and
// registry/disclaimers.json are registries, everything else an article.
FileKind classify(const std::filesystem::path& path);

// The registry folder an article uses: `configured` if set, else the
// registry/ folder beside the nearest articles/ folder above the article.
std::optional<std::filesystem::path> registry_dir_for(const std::filesystem::path& article,
                                                      const std::optional<std::filesystem::path>& configured);

// Appends the files under `paths` to `out`; a path that does not exist, a
// folder that cannot be read or one without any *.json file adds a one-line
// message to `errors`. medlint.json files (configs) are left out.
void collect_files(const std::vector<std::string>& paths, std::vector<FileInput>& out,
                   std::vector<std::string>& errors);

}  // namespace medlint
