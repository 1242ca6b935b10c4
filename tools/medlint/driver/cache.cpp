#include "medlint/driver/cache.h"

#include "medlint/base/file_io.h"
#include "medlint/base/version.h"
#include "medlint/driver/git_changes.h"

namespace medlint {
namespace fs = std::filesystem;
namespace {

constexpr std::uintmax_t kMaxInputBytes = 1ull << 32;  // the run key reads config resources whole
constexpr std::uintmax_t kMaxCacheBytes = 1ull << 34;

// A file's path and bytes into the run key; a file it cannot read voids the cache.
Result<void> add_file(Sha256& h, std::string_view what, const std::optional<fs::path>& file) {
  h.add(what);
  if (!file) {
    h.add("none");
    return {};
  }
  const ReadResult read = read_file(*file, kMaxInputBytes);
  if (read.status != ReadResult::Status::kOk) {
    return Error{"cannot read '" + file->string() + "' for the cache key: " + read.error};
  }
  h.add(fs::absolute(*file).lexically_normal().string()).add(read.bytes);
  return {};
}

// True when git tracks `file` (false when git or a work tree is missing).
bool tracked_by_git(const fs::path& file) {
  const ProcessResult git = run_process(
      {"git", "-C", file.parent_path().string(), "ls-files", "--error-unmatch", "--", file.filename().string()});
  return git.started && git.exit_code == 0;
}

}  // namespace

fs::path default_cache_dir(const Config& config) { return config.base / ".medlint-cache"; }

fs::path cache_file(const fs::path& dir) { return dir / "outcomes.cache"; }

Result<Digest> config_digest(const Config& config) {
  Sha256 h;
  h.add("medlint config digest");
  const std::optional<fs::path> config_file = config.file.empty() ? std::nullopt : std::optional(config.file);
  for (const auto& [what, file] : {std::pair{"config", config_file}, std::pair{"article schema", config.article_schema},
                                   std::pair{"retractions", config.retractions}}) {
    h.add(what);
    if (!file) {
      h.add("none");
      continue;
    }
    const ReadResult read = read_file(*file, kMaxInputBytes);
    if (read.status != ReadResult::Status::kOk) return Error{"cannot read '" + file->string() + "': " + read.error};
    h.add(read.bytes);
  }
  h.add("custom rules").add(custom_rules_digest_text(config.custom_rules));  // style files' too
  return h.digest();
}

Result<Digest> cache_run_key(const Config& config, Date today) {
  const auto self = self_digest();
  if (!self) return self.error();
  Sha256 h;
  h.add("medlint run key").add(std::to_string(OutcomeCache::kFormat)).add(version()).add(*self);
  h.add(today.to_string());
  h.add(fs::absolute(config.base).lexically_normal().string());
  const std::optional<fs::path> config_file = config.file.empty() ? std::nullopt : std::optional(config.file);
  for (const auto& [what, file] : {std::pair{"config", config_file}, std::pair{"article schema", config.article_schema},
                                   std::pair{"retractions", config.retractions}}) {
    if (auto added = add_file(h, what, file); !added) return added.error();
  }
  h.add("registry").add(config.registry ? fs::absolute(*config.registry).lexically_normal().string() : "");
  h.add("custom rules").add(custom_rules_digest_text(config.custom_rules));  // style files' too
  return h.digest();
}

OpenedCache open_cache(const fs::path& dir, const Digest& run_key) {
  OpenedCache out{std::make_unique<OutcomeCache>(run_key, now_ns()), std::nullopt};
  const fs::path file = cache_file(dir);
  std::error_code ec;
  if (fs::is_symlink(dir, ec)) {
    out.warning = "the cache folder '" + dir.string() + "' is a symlink; it is not used (give the real folder)";
    return out;
  }
  const fs::file_status status = fs::symlink_status(file, ec);
  if (ec || status.type() == fs::file_type::not_found) return out;
  const std::string name = "the cache file '" + file.string() + "'";
  if (status.type() != fs::file_type::regular) {
    out.warning = name + " is not a regular file (a symlink?); it is ignored";
    return out;
  }
  if (tracked_by_git(file)) {
    out.warning = name + " is tracked by git, so a commit could have written it; it is ignored (git rm --cached it)";
    return out;
  }
  const ReadResult read = read_file(file, kMaxCacheBytes);
  if (read.status != ReadResult::Status::kOk) {
    out.warning = "cannot read " + name + ": " + (read.error.empty() ? "too large" : read.error) + "; it is rebuilt";
    return out;
  }
  if (auto loaded = out.cache->load(read.bytes); !loaded) {
    out.warning = name + " is ignored and rebuilt: " + loaded.error().message;
    out.cache = std::make_unique<OutcomeCache>(run_key, now_ns());
  }
  return out;
}

Result<void> save_cache(const fs::path& dir, const OutcomeCache& cache) {
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(dir, ec);
  if (status.type() == fs::file_type::symlink) {
    return Error{"the cache folder '" + dir.string() + "' is a symlink"};
  }
  if (status.type() == fs::file_type::not_found || ec) {
    fs::create_directories(dir, ec);
    if (ec) return Error{"cannot create the cache folder '" + dir.string() + "': " + ec.message()};
    // Never committed by accident, never backed up (https://bford.info/cachedir/).
    if (auto w = write_file_atomically(dir / ".gitignore", "# written by medlint --cache\n*\n"); !w) return w;
    if (auto w = write_file_atomically(dir / "CACHEDIR.TAG",
                                       "Signature: 8a477f597d28d172789f06886806bc55\n"
                                       "# This folder holds medlint's cache (medlint check --cache).\n");
        !w) {
      return w;
    }
  } else if (status.type() != fs::file_type::directory) {
    return Error{"the cache folder '" + dir.string() + "' is not a folder"};
  }
  return write_file_atomically(cache_file(dir), cache.serialize(), WriteMode::kReplace, Durability::kBatched);
}

}  // namespace medlint
