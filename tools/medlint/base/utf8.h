// UTF-8 helpers: validation with the exact offset of the first bad byte, and
// code point counting (medlint reports columns in Unicode code points).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace medlint {

// Offset of the first byte that does not start a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid),
// or nullopt when the whole text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Number of code points in a valid UTF-8 text (continuation bytes are skipped,
// so invalid input still gives a usable count).
std::size_t count_code_points(std::string_view text);

// Number of bytes of the UTF-8 sequence that starts with `lead` (1 for an
// invalid lead byte, so callers always advance).
std::size_t utf8_sequence_length(unsigned char lead);

}  // namespace medlint
