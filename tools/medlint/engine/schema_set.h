// The JSON Schemas of a run, parsed once and shared. Validation turns
// valijson's error chain into one violation per real problem (leaf errors
// only), with the keyword, what the schema expects and what was found, at the
// offending value (an unknown property at its key).
#pragma once

#include "medlint/load/rapidjson.h"

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/base/result.h"
#include "medlint/engine/schema_fast.h"
#include "medlint/load/json_document.h"

namespace valijson {
class Schema;
}

namespace medlint {

// kReport: medlint's own JSON report, read back by `medlint merge`.
enum class SchemaKind { kArticle, kPeople, kDisclaimers, kConfig, kReport };

struct SchemaViolation {
  std::string keyword;    // "type", "enum", "required", "additionalProperties", ...
  NodeId node = kNoNode;  // the offending value (for "required": the object)
  Span span;              // where to point: the value, or the key of an unknown property
  std::string pointer;    // JSON Pointer of the value (of the unknown property)
  std::string label;      // readable path, e.g. "review.history[0].status", or "the document"
  std::string expected;   // e.g. "a string", "one of \"a\", \"b\"", "at least 1 item"
  std::string found;      // e.g. "a number (42)", "\"aproved\""
  std::string hint;       // e.g. "did you mean \"approved\"?" (may be empty)

  // One sentence saying what is wrong, e.g. "`title` must be a string, not a number (42)".
  std::string describe() const;

 private:
  std::string describe_lowercase() const;
};

class CompiledSchema;

class SchemaSet {
 public:
  // Parses the bundled schemas (compiled into the binary).
  static std::unique_ptr<SchemaSet> bundled();
  ~SchemaSet();
  SchemaSet(const SchemaSet&) = delete;
  SchemaSet& operator=(const SchemaSet&) = delete;

  // Replaces one schema by a file's text.
  Result<void> replace(SchemaKind kind, std::string_view text, const std::string& origin);

  // kFast: a document the fast path (engine/schema_fast.h) proves valid is
  // not handed to valijson. kValijson: valijson always (to compare them).
  enum class SchemaPath { kFast, kValijson };
  std::vector<SchemaViolation> validate(SchemaKind kind, const JsonDocument& doc,
                                        SchemaPath path = SchemaPath::kFast) const;
  // Whether the fast path covers the schema (it does for the bundled ones).
  bool has_fast_path(SchemaKind kind) const;
  // The fast path's verdict alone (kUnknown when it does not cover the schema).
  FastSchema::Verdict fast_verdict(SchemaKind kind, const JsonDocument& doc) const;

 private:
  SchemaSet();
  // Compiled on first use (a run that reads no config never compiles its
  // schema; `merge` alone reads reports), once, whatever the thread.
  const CompiledSchema& get(SchemaKind kind) const;
  static constexpr std::size_t kKinds = 5;
  mutable std::vector<std::unique_ptr<CompiledSchema>> schemas_;  // kKinds, null until compiled
  mutable std::array<std::once_flag, kKinds> compiled_;
};

// Closest candidate within a small edit distance, or empty.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace medlint
