// Text helpers shared by the SARIF, JUnit and GitHub reporters.
#pragma once

#include <string>
#include <string_view>

#include "medlint/model/finding.h"

namespace medlint::report {

// `text` with every byte that does not start a valid UTF-8 sequence replaced
// by U+FFFD, so that JSON and XML writers always emit valid UTF-8.
std::string valid_utf8(std::string_view text);

// `text` safe to print on one line of a terminal or a CI log: control
// characters (C0, DEL, C1), line and paragraph separators and bidirectional
// overrides become visible escapes ("\n", "\u001B", "\u202E"), and bytes
// that are not valid UTF-8 become "\xFF". Article content and file names
// are untrusted: they can neither start a new line nor drive the terminal.
std::string printable(std::string_view text);

// Calls `fn(code_point, bytes)` for each code point of a valid UTF-8 text.
template <class Fn>
void for_each_code_point(std::string_view text, Fn&& fn) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = s[i];
    std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (i + len > text.size()) len = text.size() - i;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    fn(cp, text.substr(i, len));
    i += len;
  }
}

// RFC 3986 percent-encoding of a path for a URI: unreserved characters and
// "/" stay (":" too if `keep_colon`, for a Windows drive letter).
std::string percent_encode(std::string_view path, bool keep_colon = false);

// "file:line:col" of a finding; "file" alone when it has no line.
std::string location(const Finding& f);

// "2 problems (1 error, 1 warning)".
std::string problems(const Totals& t);

// The text of the "## What it does" section of a rule's docs page, its lines
// joined (paragraphs stay apart), or empty without docs.
std::string rule_description(std::string_view docs_stem);

}  // namespace medlint::report
