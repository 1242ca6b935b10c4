// What the language rules read around a pattern's hit: whether it stands as
// a token of its own, whether it is part of a link, a number before it, the
// words around it. Offsets are bytes of one block's text.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace medlint {

using ByteRange = std::pair<std::size_t, std::size_t>;

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The URLs, DOIs and e-mail addresses in `text`: nothing in them is prose.
std::vector<ByteRange> link_ranges(std::string_view text);
bool overlaps_any(const std::vector<ByteRange>& ranges, std::size_t begin, std::size_t end);

// Whether text[begin, end) stands as a token of its own: not glued to a
// letter (a digit may come before: "10mg"), and not part of an identifier
// joined by - . _ or / ("IU-2", "U.S.", "anti-IU"). A single symbol ("@",
// "&") between two letters ("R&D") does not stand alone.
bool stands_alone(std::string_view text, std::size_t begin, std::size_t end);

// Whether a number ends right before `begin`, after at most one space.
bool after_number(std::string_view text, std::size_t begin);

// Whether a unit that ends at `end` is the numerator of a concentration
// ("/L", "/dL", "/mL"): a laboratory value, not a dose.
bool is_concentration(std::string_view text, std::size_t end);

// The hit with up to `words` words on each side, within the text.
std::string_view word_window(std::string_view text, std::size_t begin, std::size_t end, int words);

}  // namespace medlint
