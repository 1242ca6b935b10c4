// Inline citation markers: "[1]", "[2, 3]", "[3-5]", "[3–5]" (en dash).
// Every bracketed group in prose is read as a marker; one that does not
// follow that grammar ("[0]", "[a]", "[3-1]", "[1,,2]") is malformed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace medlint {

struct Marker {
  std::size_t begin = 0;          // byte offset of '[' in the text
  std::size_t end = 0;            // just past ']'
  std::vector<std::int64_t> ids;  // expanded ranges, in order; empty when malformed
  std::string problem;            // why it is malformed, or empty
};

// Largest range a marker may span ("[1-1000]" is a typo, not a citation).
inline constexpr std::int64_t kMaxMarkerRange = 100;

// All markers in `text`, in order. An unclosed "[" is a malformed marker
// running to the end of the text.
std::vector<Marker> find_markers(std::string_view text);

}  // namespace medlint
