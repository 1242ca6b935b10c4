// A FileOutcome as bytes, for the cache: every field of every finding,
// suppression and corpus note, in a length-prefixed little-endian layout.
// Decoding checks every length and value against the bytes it has: a
// damaged entry decodes to nothing, never to a partial outcome.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "medlint/engine/file_outcome.h"

namespace medlint {

// Appends integers and strings; the reader takes them back in order.
class ByteWriter {
 public:
  void u8(std::uint8_t v) { out_ += static_cast<char>(v); }
  void u32(std::uint32_t v);
  void u64(std::uint64_t v);
  void bytes(std::string_view v);  // u64 length, then the bytes
  void raw(std::string_view v) { out_ += v; }
  std::string& str() { return out_; }

 private:
  std::string out_;
};

// Reads what ByteWriter wrote; any read past the end fails the reader for good.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  std::uint8_t u8();
  std::uint32_t u32();
  std::uint64_t u64();
  std::string_view bytes();
  std::string_view raw(std::size_t n);
  bool ok() const { return ok_; }
  bool done() const { return ok_ && pos_ == in_.size(); }
  std::size_t left() const { return in_.size() - pos_; }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

std::string encode_outcome(const FileOutcome& outcome);

// The rule of a corpus note's code (null: no such rule, the entry is refused).
using RuleByCode = std::function<const Rule*(std::string_view code)>;

// The outcome `bytes` encode, or nothing when they are not exactly one.
// Corpus notes get their rule from `rule_of`; their severities are the
// caller's to set.
std::optional<FileOutcome> decode_outcome(std::string_view bytes, const RuleByCode& rule_of);

}  // namespace medlint
