// --changed-since REV: which files git says changed, and which of the files
// to check that leaves. git runs as a child process with an argument vector
// (posix_spawnp, never a shell), so a revision or path is never parsed by a
// shell.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "medlint/base/result.h"
#include "medlint/engine/config.h"
#include "medlint/driver/file_walker.h"

namespace medlint {

struct ProcessResult {
  bool started = false;  // false: the program could not be run (`error` says why)
  int exit_code = -1;    // -1 when killed by a signal
  std::string out;       // standard output
  std::string err;       // standard error, or why it could not start
};

// Runs `argv[0]` (searched on PATH) with `argv`, standard input from
// /dev/null, and captures its output.
ProcessResult run_process(const std::vector<std::string>& argv);

struct ChangedFiles {
  std::filesystem::path top;    // the work tree's top folder
  std::set<std::string> files;  // path_key() of every changed file
  bool contains(const std::filesystem::path& file) const;
};

// What a file is compared by: its folder resolved (symlinks, "..") plus its
// name, so that the same file named two ways compares equal.
std::string path_key(const std::filesystem::path& file);

// The files that changed since `rev` in the git work tree holding `where`
// (a folder, or a file whose folder is used): committed since `rev`, staged
// and unstaged (`git diff --name-only REV --`), plus untracked files that
// .gitignore does not exclude (`git ls-files --others --exclude-standard`):
// a new article counts as changed before it is added. Deleted files are
// listed too; they match nothing. On failure (git missing, not a work tree,
// an unknown revision) an error.
Result<ChangedFiles> git_changed_files(const std::string& rev, const std::filesystem::path& where);

// Narrows `files` to what a --changed-since run checks: the changed files,
// and every article whose registry (registry/people.json,
// registry/disclaimers.json beside its articles/ folder, or the configured
// registry folder) changed. When the config file or a file it names (article
// schema, retraction list) changed, every file stays. Linter::run still
// checks the registries of the articles that stay.
void keep_changed(std::vector<FileInput>& files, const ChangedFiles& changed, const Config& config);

}  // namespace medlint
