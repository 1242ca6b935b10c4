#include "medlint/engine/outcome_codec.h"

#include "medlint/engine/rule.h"

namespace medlint {

void ByteWriter::u32(std::uint32_t v) {
  for (int i = 0; i < 4; ++i, v >>= 8) out_ += static_cast<char>(v & 0xff);
}

void ByteWriter::u64(std::uint64_t v) {
  for (int i = 0; i < 8; ++i, v >>= 8) out_ += static_cast<char>(v & 0xff);
}

void ByteWriter::bytes(std::string_view v) {
  u64(v.size());
  out_ += v;
}

std::string_view ByteReader::raw(std::size_t n) {
  if (!ok_ || n > left()) {
    ok_ = false;
    return {};
  }
  const std::string_view out = in_.substr(pos_, n);
  pos_ += n;
  return out;
}

std::uint8_t ByteReader::u8() {
  const std::string_view b = raw(1);
  return b.empty() ? 0 : static_cast<std::uint8_t>(b[0]);
}

std::uint32_t ByteReader::u32() {
  const std::string_view b = raw(4);
  std::uint32_t v = 0;
  for (std::size_t i = b.size(); i-- > 0;) v = (v << 8) | static_cast<unsigned char>(b[i]);
  return v;
}

std::uint64_t ByteReader::u64() {
  const std::string_view b = raw(8);
  std::uint64_t v = 0;
  for (std::size_t i = b.size(); i-- > 0;) v = (v << 8) | static_cast<unsigned char>(b[i]);
  return v;
}

std::string_view ByteReader::bytes() {
  const std::uint64_t n = u64();
  if (n > left()) {
    ok_ = false;
    return {};
  }
  return raw(static_cast<std::size_t>(n));
}

namespace {

// Bumped with any change to the layout below (and the cache's format version with it).
constexpr std::uint32_t kOutcomeLayout = 1;
// No file yields more: a count above it is damage, not data.
constexpr std::uint64_t kMaxItems = 1u << 24;

void put(ByteWriter& w, Position p) {
  w.u32(p.line);
  w.u32(p.column);
}
void put(ByteWriter& w, Span s) {
  w.u32(s.begin);
  w.u32(s.end);
}
void put(ByteWriter& w, const Excerpt& e) {
  w.bytes(e.text);
  w.u32(e.first_column);
  w.u8(static_cast<std::uint8_t>((e.cut_before ? 1 : 0) | (e.cut_after ? 2 : 0)));
}

Position get_position(ByteReader& r) {
  Position p;
  p.line = r.u32();
  p.column = r.u32();
  return p;
}
Span get_span(ByteReader& r) {
  Span s;
  s.begin = r.u32();
  s.end = r.u32();
  return s;
}
Excerpt get_excerpt(ByteReader& r) {
  Excerpt e;
  e.text = r.bytes();
  e.first_column = r.u32();
  const std::uint8_t cuts = r.u8();
  if (cuts > 3) r.raw(r.left() + 1);  // not a value the writer writes
  e.cut_before = (cuts & 1) != 0;
  e.cut_after = (cuts & 2) != 0;
  return e;
}

void put(ByteWriter& w, const Finding& f) {
  w.bytes(f.code);
  w.bytes(f.name);
  w.u8(static_cast<std::uint8_t>(f.severity));
  w.bytes(f.file);
  put(w, f.start);
  put(w, f.end);
  put(w, f.span);
  w.bytes(f.pointer);
  w.bytes(f.message);
  w.bytes(f.message_id);
  w.bytes(f.help_uri);
  put(w, f.excerpt);
  w.bytes(f.fingerprint);
  w.u8(f.suppressible ? 1 : 0);
}

std::optional<Finding> get_finding(ByteReader& r) {
  Finding f;
  f.code = r.bytes();
  f.name = r.bytes();
  const std::uint8_t severity = r.u8();
  if (severity > static_cast<std::uint8_t>(Severity::kError)) return std::nullopt;
  f.severity = static_cast<Severity>(severity);
  f.file = r.bytes();
  f.start = get_position(r);
  f.end = get_position(r);
  f.span = get_span(r);
  f.pointer = r.bytes();
  f.message = r.bytes();
  f.message_id = r.bytes();
  f.help_uri = r.bytes();
  f.excerpt = get_excerpt(r);
  f.fingerprint = r.bytes();
  const std::uint8_t suppressible = r.u8();
  if (suppressible > 1) return std::nullopt;
  f.suppressible = suppressible == 1;
  return f;
}

void put(ByteWriter& w, const Suppression& s) {
  w.bytes(s.file);
  w.bytes(s.rule);
  w.bytes(s.at);
  w.bytes(s.reason);
  w.u64(s.matched);
}

Suppression get_suppression(ByteReader& r) {
  Suppression s;
  s.file = r.bytes();
  s.rule = r.bytes();
  s.at = r.bytes();
  s.reason = r.bytes();
  s.matched = static_cast<std::size_t>(r.u64());
  return s;
}

void put(ByteWriter& w, const CorpusNote& n) {
  w.bytes(n.rule->meta().code);
  w.bytes(n.file);
  w.bytes(n.key);
  w.bytes(n.pointer);
  put(w, n.span);
  put(w, n.start);
  put(w, n.end);
  put(w, n.excerpt);
}

std::optional<CorpusNote> get_note(ByteReader& r, const RuleByCode& rule_of) {
  CorpusNote n;
  n.rule = rule_of(r.bytes());
  if (!n.rule) return std::nullopt;
  n.file = r.bytes();
  n.key = r.bytes();
  n.pointer = r.bytes();
  n.span = get_span(r);
  n.start = get_position(r);
  n.end = get_position(r);
  n.excerpt = get_excerpt(r);
  return n;
}

// A count of items, each at least `min_size` bytes: more than the bytes
// left can hold is damage.
std::optional<std::size_t> get_count(ByteReader& r, std::size_t min_size) {
  const std::uint64_t n = r.u64();
  if (!r.ok() || n > kMaxItems || n * min_size > r.left()) return std::nullopt;
  return static_cast<std::size_t>(n);
}

}  // namespace

std::string encode_outcome(const FileOutcome& o) {
  ByteWriter w;
  w.u32(kOutcomeLayout);
  w.bytes(o.file);
  w.u8(o.unread ? 1 : 0);
  w.u64(o.findings.size());
  for (const Finding& f : o.findings) put(w, f);
  w.u64(o.suppressions.size());
  for (const Suppression& s : o.suppressions) put(w, s);
  w.u64(o.notes.size());
  for (const CorpusNote& n : o.notes) put(w, n);
  return std::move(w.str());
}

std::optional<FileOutcome> decode_outcome(std::string_view bytes, const RuleByCode& rule_of) {
  ByteReader r(bytes);
  if (r.u32() != kOutcomeLayout) return std::nullopt;
  FileOutcome o;
  o.file = r.bytes();
  const std::uint8_t unread = r.u8();
  if (unread > 1) return std::nullopt;
  o.unread = unread == 1;
  const auto findings = get_count(r, 8);
  if (!findings) return std::nullopt;
  for (std::size_t i = 0; i < *findings && r.ok(); ++i) {
    auto f = get_finding(r);
    if (!f) return std::nullopt;
    o.findings.push_back(std::move(*f));
  }
  const auto suppressions = get_count(r, 8);
  if (!suppressions) return std::nullopt;
  for (std::size_t i = 0; i < *suppressions && r.ok(); ++i) o.suppressions.push_back(get_suppression(r));
  const auto notes = get_count(r, 8);
  if (!notes) return std::nullopt;
  for (std::size_t i = 0; i < *notes && r.ok(); ++i) {
    auto n = get_note(r, rule_of);
    if (!n) return std::nullopt;
    o.notes.push_back(std::move(*n));
  }
  if (!r.done()) return std::nullopt;
  return o;
}

}  // namespace medlint
