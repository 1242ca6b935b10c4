// --cache on disk: where the cache file lives, the run key that voids it
// when anything every file depends on changes, and reading and writing it.
//
// The cache holds verdicts: whoever can write it can make medlint pass a
// file. So medlint trusts only a file it can show it wrote for this run: a
// regular file (not a symlink), not tracked by git (a pull request cannot
// commit one), whose checksum and run key match. Anything else is ignored
// with a warning and rebuilt.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "medlint/base/date.h"
#include "medlint/base/result.h"
#include "medlint/engine/config.h"
#include "medlint/engine/outcome_cache.h"

namespace medlint {

// The folder a config's cache goes in by default: .medlint-cache beside the
// config file (the working folder without one). The file walk skips it.
std::filesystem::path default_cache_dir(const Config& config);

// The cache file in `dir`.
std::filesystem::path cache_file(const std::filesystem::path& dir);

// What every article's outcome depends on besides the article and its
// registry: this build of medlint, today, the config file's bytes and
// folder, and the bytes of the article schema and retraction list it names.
Result<Digest> cache_run_key(const Config& config, Date today);

// The digest of what a config makes medlint check, wherever it lies: the
// bytes of the config file and of the article schema and retraction list it
// names (no paths: shards on machines with other checkout folders agree).
Result<Digest> config_digest(const Config& config);

struct OpenedCache {
  std::unique_ptr<OutcomeCache> cache;
  std::optional<std::string> warning;  // why an existing file was not used
};

// Reads the cache file in `dir` if there is one. A file that cannot be
// trusted gives an empty cache and a warning; a file written for another
// run key gives an empty cache quietly (it is replaced after the run).
OpenedCache open_cache(const std::filesystem::path& dir, const Digest& run_key);

// Writes the cache file atomically, creating `dir` (with a .gitignore that
// ignores it and a CACHEDIR.TAG) when missing. Refuses a `dir` that is a
// symlink.
Result<void> save_cache(const std::filesystem::path& dir, const OutcomeCache& cache);

}  // namespace medlint
