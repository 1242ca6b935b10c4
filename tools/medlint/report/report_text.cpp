#include "medlint/report/report_text.h"
#include "medlint/base/words.h"

#include "medlint/base/embedded.h"
#include "medlint/base/utf8.h"

namespace medlint::report {

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const auto bad = find_invalid_utf8(text);
    if (!bad) {
      out.append(text);
      break;
    }
    out.append(text.substr(0, *bad));
    out.append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER
    text.remove_prefix(*bad + 1);
  }
  return out;
}

std::string printable(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const std::size_t bad = find_invalid_utf8(text).value_or(text.size());
    for_each_code_point(text.substr(0, bad), [&](char32_t cp, std::string_view bytes) {
      const bool control = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
                           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
      if (!control) {
        out.append(bytes);
      } else if (cp == '\n') {
        out += "\\n";
      } else if (cp == '\t') {
        out += "\\t";
      } else if (cp == '\r') {
        out += "\\r";
      } else {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
      }
    });
    if (bad == text.size()) break;
    out += "\\x";
    out += kHex[static_cast<unsigned char>(text[bad]) >> 4];
    out += kHex[static_cast<unsigned char>(text[bad]) & 0xF];
    text.remove_prefix(bad + 1);
  }
  return out;
}

std::string percent_encode(std::string_view path, bool keep_colon) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/' || (keep_colon && c == ':');
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string location(const Finding& f) {
  if (f.start.line == 0) return f.file;
  return f.file + ":" + std::to_string(f.start.line) + ":" + std::to_string(f.start.column);
}

std::string problems(const Totals& t) {
  const auto n = [](std::size_t v) { return static_cast<long long>(v); };
  return count_of(n(t.errors + t.warnings), "problem") + " (" + count_of(n(t.errors), "error") + ", " +
         count_of(n(t.warnings), "warning") + ")";
}

std::string rule_description(std::string_view docs_stem) {
  const std::string path = "tools/medlint/rules/" + std::string(docs_stem) + ".md";
  std::string_view docs = embedded_file(path);
  static constexpr std::string_view kHeading = "\n## What it does\n";
  const auto at = docs.find(kHeading);
  if (at == std::string_view::npos) return {};
  docs.remove_prefix(at + kHeading.size());
  docs = docs.substr(0, docs.find("\n## "));
  // Lines of a paragraph are joined with a space; paragraphs keep a blank line.
  std::string out;
  std::size_t blank = 0;
  while (!docs.empty()) {
    const auto end = docs.find('\n');
    std::string_view line = docs.substr(0, end);
    docs.remove_prefix(end == std::string_view::npos ? docs.size() : end + 1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty()) {
      ++blank;
      continue;
    }
    if (!out.empty()) out += blank > 0 ? "\n\n" : " ";
    blank = 0;
    out.append(line);
  }
  return out;
}

}  // namespace medlint::report
