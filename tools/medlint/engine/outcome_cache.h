// The cache of a warm run (--cache): each article's outcome from an earlier
// run, under a key of everything that outcome depends on, so that an
// unchanged article is neither parsed nor checked again.
//
// Two keys decide a hit. The run key (in the file's header) covers what
// every file shares: the program, today, the config and the files it names
// (driver/cache.h computes it). The entry key covers the file: its display
// path, absolute path, content and registry (entry_key()). All are SHA-256
// digests. The file carries the digest of its entries: a file that is
// truncated, damaged or changed by hand is refused whole, never half-read.
//
// The content's digest is what the key holds; reading and hashing every
// file is most of a warm run, so an entry also keeps the file's stamp
// (base/file_io.h), and a file whose stamp is unchanged is taken to have
// the content it had (as git's index does). A stamp is kept only for a
// file that had not changed for a while when the run started: a write in
// the same clock tick as the read cannot then go unseen. A fresh checkout
// has new stamps, and its files are read and hashed.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "medlint/base/file_io.h"
#include "medlint/base/result.h"
#include "medlint/base/sha256.h"
#include "medlint/engine/file_outcome.h"
#include "medlint/engine/outcome_codec.h"

namespace medlint {

// The key of one file's entry. `registry`: the digest of the registry the
// article is checked against (registry_digest()).
Digest entry_key(std::string_view display, std::string_view absolute, const Digest& content, const Digest& registry);

// The digest of the registry files (people.json, disclaimers.json) in
// `dir`, as read now (nullopt: the article has no registry).
Digest registry_digest(const std::optional<std::filesystem::path>& dir);

// Nanoseconds since the epoch, now: when a run started.
std::int64_t now_ns();

class OutcomeCache {
 public:
  // The version of the file layout; a file of another version is ignored.
  static constexpr std::uint32_t kFormat = 1;
  // A file changed less than this before the run started keeps no stamp.
  static constexpr std::int64_t kSettledNs = 2'000'000'000;

  // `started`: when the run started (now_ns()).
  OutcomeCache(const Digest& run_key, std::int64_t started) : run_key_(run_key), started_(started) {}

  enum class Loaded {
    kEntries,   // the file's entries are hits from now on
    kOtherRun,  // written for another run key or format: nothing to reuse
  };
  // Reads a cache file's bytes. An error says why the file cannot be
  // trusted (truncated, damaged, changed after it was written); the cache
  // then starts empty.
  Result<Loaded> load(std::string_view file_bytes);

  // The file to write after the run: this run's entries (hits and new
  // ones), plus loaded entries of files this run did not see.
  std::string serialize() const;
  // Nothing new to write: every article was a hit with its old stamp.
  bool unchanged() const;

  // The content digest a loaded entry of `display` has, when the file's
  // stamp is still the one it recorded: the file need not be read (any thread).
  std::optional<Digest> known_content(std::string_view display, const FileStamp& stamp) const;
  // The stored outcome bytes under `key`, if any; `stamp` is the file's now
  // (any thread).
  std::optional<std::string_view> find(const Digest& key, std::string_view display, const FileStamp& stamp) const;
  // Keeps an outcome under `key` (any thread).
  void store(const Digest& key, std::string_view display, const Digest& content, const FileStamp& stamp,
             const FileOutcome& outcome);

  std::size_t hits() const { return hits_; }
  std::size_t misses() const { return misses_; }

 private:
  struct Entry {
    std::string display;
    Digest content{};
    std::optional<FileStamp> stamp;
    std::string outcome;  // encode_outcome()
  };
  std::optional<FileStamp> settled(const FileStamp& stamp) const;

  Digest run_key_;
  std::int64_t started_;
  std::unordered_map<std::string, Entry> loaded_;               // by key bytes; read-only during a run
  std::unordered_map<std::string_view, const Entry*> by_file_;  // loaded_ by display path
  mutable std::mutex mutex_;
  // The loaded entries this run hit, with the stamp their file has now.
  mutable std::unordered_map<std::string, std::optional<FileStamp>> hit_;
  std::unordered_map<std::string, Entry> stored_;
  mutable std::atomic<std::size_t> hits_{0};
  mutable std::atomic<std::size_t> misses_{0};
};

}  // namespace medlint
