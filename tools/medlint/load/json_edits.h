// Edits to a JSON source in its own layout, for the commands that change
// article files (`medlint review` now; `medlint fix` next): each edit names
// a span of the original bytes found from the parsed document, and every
// byte outside the edited spans stays as it was. A new item or member goes
// on its own line with the indentation of the last one when that one stands
// on its own line, else after ", ". Writing the result is the caller's
// (write_file_atomically).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/base/result.h"
#include "medlint/load/json_document.h"

namespace medlint {

// `s` as a JSON string literal, quotes and escapes included.
std::string json_quote(std::string_view s);

// One edit of a source: the bytes [begin, end) become `text`.
struct TextEdit {
  std::uint32_t begin = 0, end = 0;
  std::string text;
  friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

// Whether two edits touch the same bytes or insert at one place (their
// order would be a guess).
bool edits_collide(const TextEdit& a, const TextEdit& b);
// `text` with every edit applied; an error when two edits collide.
Result<std::string> apply_edits(std::string_view text, std::vector<TextEdit> edits);

class JsonEdits {
 public:
  // `text` is what `doc` was parsed from; both must outlive the edits.
  JsonEdits(std::string_view text, const JsonDocument& doc) : text_(text), doc_(doc) {}

  // The value at `node` becomes `json` (already JSON text).
  void replace_value(NodeId node, std::string json);
  // `json` after the last item of `array` (or as its only item).
  void append_item(NodeId array, const std::string& json);
  // "key": json after the last member of `object` (or as its only member).
  void add_member(NodeId object, std::string_view key, const std::string& json);
  // Removes the index-th item of `array` with the comma that joins it to its
  // neighbour.
  void remove_item(NodeId array, std::size_t index);

  // The text with every edit applied; an error when two edits touch the
  // same bytes (or insert at one place), since their order would be a guess.
  Result<std::string> apply() const { return apply_edits(text_, edits_); }
  // The edits so far, in the order they were made (`medlint fix` attaches
  // them to a finding).
  const std::vector<TextEdit>& edits() const { return edits_; }

 private:
  std::string_view text_;
  const JsonDocument& doc_;
  std::vector<TextEdit> edits_;

  // `entry` after the last item or member of `container`, or as its only one
  // (wrapped in `open`/`close`).
  void append(NodeId container, const std::string& entry, const char* open, const char* close);
  // ",\n    " when what stands at `at` starts its line, else ", ".
  std::string separator(std::uint32_t at) const;
};

}  // namespace medlint
