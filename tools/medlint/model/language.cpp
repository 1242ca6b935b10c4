#include "medlint/model/language.h"

#include <re2/re2.h>

namespace medlint {
namespace {

bool is_ascii_alnum(char c) { return is_ascii_digit(c) || is_ascii_letter(c); }
// A letter of any script: ASCII letters and every non-ASCII byte.
bool is_letter(char c) { return is_ascii_letter(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80; }
bool is_word(char c) { return is_letter(c) || is_ascii_digit(c); }
bool is_joiner(char c) { return c == '-' || c == '.' || c == '_' || c == '/'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::vector<ByteRange> link_ranges(std::string_view text) {
  static const RE2 kLink(
      R"((?i)(?:https?://|www\.)[^\s<>"]+|\bdoi:\s?[^\s<>"]+|\b10\.\d{4,9}/[^\s<>"]+|[\w.+-]+@[\w-]+\.[\w.-]+)");
  std::vector<ByteRange> out;
  // Every link has a '/', ':' or '@': most prose has none of them.
  if (text.find_first_of("/:@") == std::string_view::npos) return out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  std::size_t from = 0;
  while (from < text.size() && kLink.Match(input, from, text.size(), RE2::UNANCHORED, &match, 1)) {
    const auto begin = static_cast<std::size_t>(match.data() - text.data());
    out.emplace_back(begin, begin + match.size());
    from = begin + (match.empty() ? 1 : match.size());
  }
  return out;
}

bool overlaps_any(const std::vector<ByteRange>& ranges, std::size_t begin, std::size_t end) {
  for (const auto& [b, e] : ranges) {
    if (begin < e && b < end) return true;
  }
  return false;
}

bool stands_alone(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end || end > text.size()) return false;
  const char first = text[begin];
  const char last = text[end - 1];
  const char before = begin > 0 ? text[begin - 1] : ' ';
  const char after = end < text.size() ? text[end] : ' ';
  if (end - begin == 1 && !is_word(first)) return !(is_letter(before) && is_letter(after));
  if (is_word(first)) {
    if (is_letter(before)) return false;
    if (is_joiner(before) && begin >= 2 && is_ascii_alnum(text[begin - 2])) return false;
  }
  if (is_word(last)) {
    if (is_word(after)) return false;
    if (after != '/' && is_joiner(after) && end + 1 < text.size() && is_ascii_alnum(text[end + 1])) return false;
  }
  return true;
}

bool after_number(std::string_view text, std::size_t begin) {
  std::size_t at = begin;
  if (at >= 1 && text[at - 1] == ' ') {
    --at;
  } else if (at >= 2 && text.substr(at - 2, 2) == "\u00a0") {
    at -= 2;
  } else if (at >= 3 && text.substr(at - 3, 3) == "\u202f") {
    at -= 3;
  }
  return at >= 1 && is_ascii_digit(text[at - 1]);
}

bool is_concentration(std::string_view text, std::size_t end) {
  if (end >= text.size() || text[end] != '/') return false;
  for (const std::string_view d : {"dL", "dl", "mL", "ml", "L", "l"}) {
    if (text.substr(end + 1, d.size()) == d) {
      const std::size_t next = end + 1 + d.size();
      if (next >= text.size() || !is_word(text[next])) return true;
    }
  }
  return false;
}

std::string_view word_window(std::string_view text, std::size_t begin, std::size_t end, int words) {
  std::size_t from = begin;
  for (int w = 0; w < words && from > 0; ++w) {
    while (from > 0 && is_space(text[from - 1])) --from;
    while (from > 0 && !is_space(text[from - 1])) --from;
  }
  std::size_t to = end;
  for (int w = 0; w < words && to < text.size(); ++w) {
    while (to < text.size() && is_space(text[to])) ++to;
    while (to < text.size() && !is_space(text[to])) ++to;
  }
  return text.substr(from, to - from);
}

}  // namespace medlint
