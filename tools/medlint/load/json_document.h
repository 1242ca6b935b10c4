// Loads a JSON file once: RapidJSON's iterative (non-recursive) parser builds
// the DOM while a SAX hook records the source span of every value and key, so
// any rule can point at the exact text behind a value without re-parsing.
#pragma once

#include "medlint/load/rapidjson.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "medlint/load/source_file.h"

namespace medlint {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();

struct JsonNode {
  Span value;  // the whole value, quotes and brackets included
  Span key;    // the member name with its quotes; empty outside objects
  NodeId parent = kNoNode;
  std::uint32_t index = 0;  // position among its parent's members or items
  bool has_key = false;
};

struct LoadLimits {
  std::size_t max_depth = 128;  // articles nest about 6 deep; this stops hostile input
  // Keys name fields ("title", "x-cms-id"): a longer one is no article, and
  // patternProperties would match it with std::regex, which recurses per byte.
  std::size_t max_key_length = 1024;
};

// Everything the loader found wrong with the bytes, before any rule runs.
struct LoadProblem {
  enum class Kind {
    kEmpty,          // nothing but whitespace
    kByteOrderMark,  // a UTF-8 BOM (not fatal: parsing continues after it)
    kUtf16,          // a UTF-16 or UTF-32 byte order mark
    kInvalidUtf8,    // span = the offending byte
    kLoneSurrogate,  // span = a \uD800-\uDFFF escape without its other half
    kSyntax,         // span = where RapidJSON stopped
    kTooDeep,        // span = the bracket that went past the limit
    kKeyTooLong,     // span = the key longer than the limit
    kDuplicateKey,   // span = the second key; not fatal
    kTooLarge,       // set by the engine, which does not read such a file
    kUnreadable,     // set by the engine: the file or folder could not be read (detail: why)
  };
  Kind kind;
  Span span;
  std::string detail;       // parser message, or the duplicated key
  Span first{};             // for a duplicate key: the first occurrence
  NodeId node = kNoNode;    // for a duplicate key: the second member's value
  std::uint64_t size = 0;   // for kTooLarge: the file size in bytes
  std::uint64_t limit = 0;  // for kTooLarge, kTooDeep and kKeyTooLong: the limit exceeded
};

class JsonDocument {
 public:
  static JsonDocument parse(std::string_view text, const LoadLimits& limits = {});
  // A document that was not parsed, for a problem found before parsing.
  static JsonDocument unparsed(LoadProblem problem);

  // True when a DOM exists (no fatal problem).
  bool ok() const { return dom_ != nullptr; }
  const rapidjson::Value& root() const { return *dom_; }
  const std::vector<LoadProblem>& problems() const { return problems_; }

  NodeId node_of(const rapidjson::Value& value) const;
  const JsonNode& node(NodeId id) const { return nodes_[id]; }
  const rapidjson::Value& value(NodeId id) const { return *values_[id]; }
  std::size_t node_count() const { return nodes_.size(); }

  // RFC 6901 JSON Pointer of a node ("" for the root).
  std::string pointer(NodeId id) const;
  // The node a pointer names, or kNoNode.
  NodeId resolve(std::string_view pointer) const;
  // Child of an object node by member name, or of an array node by index.
  NodeId child(NodeId parent, std::string_view key) const;
  // The index-th member of an object or item of an array.
  NodeId child(NodeId parent, std::size_t index) const;

  // Source span of the decoded bytes [begin, end) of a string value, walking
  // its escapes, so "38\u00b0C" maps decoded "C" to the right source column.
  Span string_span(NodeId string_node, std::size_t begin, std::size_t end) const;
  // The inverse: the decoded offset of a source offset inside a string value
  // (an offset inside an escape gives the escape's first decoded byte;
  // offsets outside the quotes are clamped to the string).
  std::size_t decoded_offset(NodeId string_node, std::uint32_t source_offset) const;

 private:
  std::string_view text_;
  std::unique_ptr<rapidjson::Document> dom_;
  std::vector<JsonNode> nodes_;                  // document (pre-)order
  std::vector<const rapidjson::Value*> values_;  // parallel to nodes_
  // value -> node, built on the first node_of() (few documents need it).
  mutable std::unordered_map<const rapidjson::Value*, NodeId> index_;
  std::vector<std::vector<NodeId>> children_;
  std::vector<LoadProblem> problems_;

  void index_dom();
  void find_duplicate_keys();
  std::uint32_t source_offset_in_string(NodeId id, std::size_t decoded) const;
  // The escapes of a string value, built on first use (decoded offset, raw
  // offset, raw length, decoded length): a lookup is a binary search, not a
  // walk from the string's start (a finding per marker in a 1 MB paragraph
  // was quadratic).
  struct Escape {
    std::uint32_t decoded, raw, raw_len, out_len;
  };
  mutable std::unordered_map<NodeId, std::vector<Escape>> escapes_;
  const std::vector<Escape>& escapes(NodeId id) const;
};

std::string_view json_type_name(const rapidjson::Value& v);
// Appends one RFC 6901 reference token ("~" -> "~0", "/" -> "~1").
void append_pointer_token(std::string& pointer, std::string_view token);

}  // namespace medlint
