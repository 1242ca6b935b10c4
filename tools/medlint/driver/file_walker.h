// Turns the paths given on the command line into the sorted list of files to
// check. Folders are walked recursively for *.json, skipping hidden folders
// and node_modules; folder symlinks are not followed (no loops), file
// symlinks are.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "medlint/engine/inputs.h"

namespace medlint {

// Removes from `files` those that are the same file as one of `paths`
// (however each is named), or lie in one of them that is a folder: the
// run's own outputs (a report, the audit site) and baseline.
void exclude_files(std::vector<FileInput>& files, const std::vector<std::string>& paths);

// The same file however it is named: "a.json", "./a.json", "/abs/a.json"
// and a symlink to it give one identity.
std::string file_identity(const std::filesystem::path& path);

// Appends the files under `paths` to `out`, each file once however it is
// named, and what cannot be checked to `errors`: a path that does not exist,
// each folder that cannot be read (the walk goes on with the others), a
// folder without any *.json file, a config named as an article. Hidden
// files and folders, node_modules and medlint.json files are left out of
// folder walks.
void collect_files(const std::vector<std::string>& paths, std::vector<FileInput>& out, std::vector<PathError>& errors);

}  // namespace medlint
