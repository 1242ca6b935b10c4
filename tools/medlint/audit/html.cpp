#include "medlint/audit/html.h"

#include <cctype>

#include "medlint/model/identifiers.h"
#include "medlint/report/report_text.h"

namespace medlint::audit::html {
namespace {

bool shown_as_code(char32_t cp) {
  if (cp < 0x20) return cp != '\t' && cp != '\n';
  if (cp >= 0x7F && cp <= 0x9F) return true;
  // Bidirectional embeddings, overrides and isolates; line and paragraph separators.
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

char hex_digit(unsigned v) { return "0123456789ABCDEF"[v & 0xF]; }

// RFC 3986: unreserved characters and "/" stay; every other byte is %XX.
std::string encode_path(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex_digit(c >> 4);
      out += hex_digit(c);
    }
  }
  return out;
}

void inline_markdown(std::string_view line, std::string& out) {
  bool code = false, bold = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '`') {
      out += code ? "</code>" : "<code>";
      code = !code;
    } else if (!code && line.substr(i, 2) == "**") {
      out += bold ? "</strong>" : "<strong>";
      bold = !bold;
      ++i;
    } else {
      const std::size_t next = line.find_first_of("`*", i + 1);
      const std::size_t n = (next == std::string_view::npos ? line.size() : next) - i;
      out += escape(line.substr(i, n));
      i += n - 1;
    }
  }
  if (code) out += "</code>";
  if (bold) out += "</strong>";
}

}  // namespace

std::string escape(std::string_view text) {
  const std::string valid = report::valid_utf8(text);
  std::string out;
  out.reserve(valid.size() + valid.size() / 8);
  report::for_each_code_point(valid, [&out](char32_t cp, std::string_view bytes) {
    switch (cp) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += "&quot;"; return;
      case '\'': out += "&#39;"; return;
      default: break;
    }
    if (!shown_as_code(cp)) {
      out += bytes;
      return;
    }
    out += "[U+";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex_digit(static_cast<unsigned>(cp >> shift));
    out += ']';
  });
  return out;
}

std::optional<std::string> web_url(std::string_view url) {
  if (!valid_url(url)) return std::nullopt;
  return std::string(url);
}

std::optional<std::string> doi_url(std::string_view doi) {
  const std::string normalized = normalize_doi(doi);
  if (!valid_doi(normalized)) return std::nullopt;
  return "https://doi.org/" + encode_path(normalized);
}

std::optional<std::string> pubmed_url(std::string_view pmid) {
  if (!valid_pmid(pmid)) return std::nullopt;
  return "https://pubmed.ncbi.nlm.nih.gov/" + std::string(pmid) + "/";
}

std::optional<std::string> pmc_url(std::string_view pmcid) {
  if (!valid_pmcid(pmcid)) return std::nullopt;
  return "https://pmc.ncbi.nlm.nih.gov/articles/" + std::string(pmcid) + "/";
}

std::optional<std::string> nct_url(std::string_view nct) {
  if (!valid_nct(nct)) return std::nullopt;
  return "https://clinicaltrials.gov/study/" + std::string(nct);
}

std::string markdown(std::string_view text) {
  std::string out;
  enum class Open { kNone, kParagraph, kList, kCode } open = Open::kNone;
  const auto close = [&] {
    if (open == Open::kParagraph) out += "</p>\n";
    if (open == Open::kList) out += "</li></ul>\n";
    open = Open::kNone;
  };
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (open == Open::kCode) {
      if (line.starts_with("```")) {
        out += "</code></pre>\n";
        open = Open::kNone;
      } else {
        out += escape(line) + "\n";
      }
      continue;
    }
    if (line.starts_with("```")) {
      close();
      out += "<pre><code>";
      open = Open::kCode;
    } else if (line.find_first_not_of(' ') == std::string_view::npos) {
      close();
    } else if (line.starts_with("#")) {
      close();
      std::size_t level = line.find_first_not_of('#');
      if (level == std::string_view::npos) level = line.size();
      // The page has its own h1; the docs' headings start one level lower.
      const std::string tag = "h" + std::to_string(std::min<std::size_t>(level + 1, 6));
      out += "<" + tag + ">";
      inline_markdown(line.substr(std::min(line.size(), level + 1)), out);
      out += "</" + tag + ">\n";
    } else if (line.starts_with("- ") || line.starts_with("* ")) {
      if (open == Open::kList) {
        out += "</li><li>";
      } else {
        close();
        out += "<ul><li>";
        open = Open::kList;
      }
      inline_markdown(line.substr(2), out);
    } else {
      if (open == Open::kNone) {
        out += "<p>";
        open = Open::kParagraph;
      } else {
        out += "\n";
      }
      inline_markdown(line.substr(line.find_first_not_of(' ')), out);
    }
  }
  if (open == Open::kCode) out += "</code></pre>\n";
  close();
  return out;
}

}  // namespace medlint::audit::html
