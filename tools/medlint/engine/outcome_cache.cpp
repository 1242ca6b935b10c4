#include "medlint/engine/outcome_cache.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <vector>

namespace medlint {
namespace {

constexpr std::string_view kMagic = "medlint outcome cache\n";
constexpr std::uintmax_t kMaxRegistryDigestBytes = 1ull << 30;

std::string key_bytes(const Digest& d) { return std::string(reinterpret_cast<const char*>(d.data()), d.size()); }

void put_stamp(ByteWriter& w, const std::optional<FileStamp>& s) {
  w.u8(s ? 1 : 0);
  if (!s) return;
  w.u64(s->device);
  w.u64(s->inode);
  w.u64(s->size);
  w.u64(static_cast<std::uint64_t>(s->modified_ns));
  w.u64(static_cast<std::uint64_t>(s->changed_ns));
}

std::optional<FileStamp> get_stamp(ByteReader& r) {
  const std::uint8_t has = r.u8();
  if (has != 1) {
    if (has > 1) r.raw(r.left() + 1);  // not a value the writer writes
    return std::nullopt;
  }
  FileStamp s;
  s.device = r.u64();
  s.inode = r.u64();
  s.size = r.u64();
  s.modified_ns = static_cast<std::int64_t>(r.u64());
  s.changed_ns = static_cast<std::int64_t>(r.u64());
  return s;
}

}  // namespace

Digest entry_key(std::string_view display, std::string_view absolute, const Digest& content, const Digest& registry) {
  return Sha256().add("entry").add(display).add(absolute).add(content).add(registry).digest();
}

Digest registry_digest(const std::optional<std::filesystem::path>& dir) {
  Sha256 h;
  h.add("registry");
  if (!dir) return h.add("none").digest();
  h.add(dir->string());
  for (const char* name : {"people.json", "disclaimers.json"}) {
    // The limit only bounds the read: a larger file is linted as too large
    // and its digest covers its size.
    const ReadResult read = read_file(*dir / name, kMaxRegistryDigestBytes);
    h.add(name).add(std::to_string(static_cast<int>(read.status))).add(std::to_string(read.size)).add(read.bytes);
  }
  return h.digest();
}

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::optional<FileStamp> OutcomeCache::settled(const FileStamp& stamp) const {
  if (stamp.modified_ns > started_ - kSettledNs || stamp.changed_ns > started_ - kSettledNs) return std::nullopt;
  return stamp;
}

// The layout: magic, format (u32), run key (32 bytes), the SHA-256 of the
// body (32 bytes), the body's size (u64), then the body: a count, and per
// entry its key (32 bytes), display path, content digest (32 bytes), stamp
// and encoded outcome.
Result<OutcomeCache::Loaded> OutcomeCache::load(std::string_view file_bytes) {
  ByteReader r(file_bytes);
  if (r.raw(kMagic.size()) != kMagic) return Error{"it is not a medlint cache file"};
  const std::uint32_t format = r.u32();
  const std::string_view run_key = r.raw(32);
  const std::string_view body_digest = r.raw(32);
  const std::uint64_t body_size = r.u64();
  if (!r.ok()) return Error{"it is truncated"};
  if (format != kFormat || run_key != key_bytes(run_key_)) return Loaded::kOtherRun;
  if (body_size != r.left()) return Error{body_size > r.left() ? "it is truncated" : "it has bytes after its end"};
  const std::string_view body = r.raw(r.left());
  if (key_bytes(sha256(body)) != body_digest) return Error{"its checksum does not match (damaged or changed)"};

  ByteReader b(body);
  const std::uint64_t count = b.u64();
  if (count > b.left() / 81) return Error{"its entry count is wrong"};  // 81: the smallest entry
  std::unordered_map<std::string, Entry> entries;
  entries.reserve(static_cast<std::size_t>(count));
  for (std::uint64_t i = 0; i < count && b.ok(); ++i) {
    std::string key(b.raw(32));
    Entry e;
    e.display = b.bytes();
    const std::string_view content = b.raw(32);
    if (b.ok()) std::copy(content.begin(), content.end(), e.content.begin());
    e.stamp = get_stamp(b);
    e.outcome = b.bytes();
    entries.insert_or_assign(std::move(key), std::move(e));
  }
  if (!b.done()) return Error{"its entries do not fit its size"};
  loaded_ = std::move(entries);
  by_file_.clear();
  for (const auto& [key, e] : loaded_) {
    if (e.stamp) by_file_[e.display] = &e;
  }
  return Loaded::kEntries;
}

std::optional<Digest> OutcomeCache::known_content(std::string_view display, const FileStamp& stamp) const {
  const auto it = by_file_.find(display);
  if (it == by_file_.end() || it->second->stamp != stamp) return std::nullopt;
  return it->second->content;
}

std::optional<std::string_view> OutcomeCache::find(const Digest& key, std::string_view display,
                                                   const FileStamp& stamp) const {
  std::string k = key_bytes(key);
  const auto it = loaded_.find(k);
  if (it == loaded_.end() || it->second.display != display) {
    ++misses_;
    return std::nullopt;
  }
  ++hits_;
  const std::lock_guard lock(mutex_);
  hit_.insert_or_assign(std::move(k), settled(stamp));
  return std::string_view(it->second.outcome);
}

void OutcomeCache::store(const Digest& key, std::string_view display, const Digest& content, const FileStamp& stamp,
                         const FileOutcome& outcome) {
  Entry e{std::string(display), content, settled(stamp), encode_outcome(outcome)};
  const std::lock_guard lock(mutex_);
  stored_.insert_or_assign(key_bytes(key), std::move(e));
}

bool OutcomeCache::unchanged() const {
  const std::lock_guard lock(mutex_);
  return stored_.empty() &&
         std::all_of(hit_.begin(), hit_.end(), [this](const auto& h) { return loaded_.at(h.first).stamp == h.second; });
}

std::string OutcomeCache::serialize() const {
  const std::lock_guard lock(mutex_);
  // A file this run saw keeps only this run's entry: an entry of its
  // older content goes.
  std::set<std::string_view> seen;
  for (const auto& [key, e] : stored_) seen.insert(e.display);
  for (const auto& [key, stamp] : hit_) seen.insert(loaded_.at(key).display);
  struct Kept {
    std::string_view key;
    const Entry* entry;
    std::optional<FileStamp> stamp;
  };
  std::vector<Kept> keep;
  for (const auto& [key, e] : loaded_) {
    if (stored_.contains(key)) continue;
    if (const auto hit = hit_.find(key); hit != hit_.end()) {
      keep.push_back({key, &e, hit->second});
    } else if (!seen.contains(e.display)) {
      keep.push_back({key, &e, e.stamp});
    }
  }
  for (const auto& [key, e] : stored_) keep.push_back({key, &e, e.stamp});
  // The same bytes for the same entries, whatever the threads did.
  std::sort(keep.begin(), keep.end(), [](const Kept& a, const Kept& b) { return a.key < b.key; });

  ByteWriter body;
  body.u64(keep.size());
  for (const Kept& k : keep) {
    body.raw(k.key);
    body.bytes(k.entry->display);
    body.raw(key_bytes(k.entry->content));
    put_stamp(body, k.stamp);
    body.bytes(k.entry->outcome);
  }
  ByteWriter file;
  file.raw(kMagic);
  file.u32(kFormat);
  file.raw(key_bytes(run_key_));
  file.raw(key_bytes(sha256(body.str())));
  file.u64(body.str().size());
  file.raw(body.str());
  return std::move(file.str());
}

}  // namespace medlint
