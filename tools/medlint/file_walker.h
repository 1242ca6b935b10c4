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

// Removes from `files` those that are the same file as one of `paths`
// (however each is named), or lie in one of them that is a folder: the
// run's own outputs (a report, the audit site) and baseline.
void exclude_files(std::vector<FileInput>& files, const std::vector<std::string>& paths);

// The same file however it is named: "a.json", "./a.json", "/abs/a.json"
// and a symlink to it give one identity.
std::string file_identity(const std::filesystem::path& path);

// A path given or found that cannot be checked.
struct PathError {
  enum class Kind {
    kUnreadable,        // a file or folder that does not exist or cannot be read (MED002)
    kNothingToCheck,    // a folder without any *.json file, or a config named as an article
  };
  Kind kind = Kind::kUnreadable;
  std::string path;    // as shown, e.g. "content/articles/locked"
  std::string reason;  // e.g. "Permission denied"
  bool folder = false;
  // "cannot read folder 'content/articles/locked': Permission denied"
  std::string message() const;
};

// Appends the files under `paths` to `out`, each file once however it is
// named, and what cannot be checked to `errors`: a path that does not exist,
// each folder that cannot be read (the walk goes on with the others), a
// folder without any *.json file, a config named as an article. Hidden
// files and folders, node_modules and medlint.json files are left out of
// folder walks.
void collect_files(const std::vector<std::string>& paths, std::vector<FileInput>& out,
                   std::vector<PathError>& errors);

}  // namespace medlint
