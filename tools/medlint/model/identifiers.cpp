#include "medlint/model/identifiers.h"

#include <re2/re2.h>

namespace medlint {
namespace {

re2::StringPiece piece(std::string_view s) { return {s.data(), s.size()}; }

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void ascii_lower(std::string& s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string normalize_doi(std::string_view doi) {
  static const RE2 resolver(R"(^(?:(?:https?://)?(?:dx\.|www\.)?doi\.org/|doi:\s*))");
  std::string out(trim(doi));
  ascii_lower(out);
  RE2::Replace(&out, resolver, "");
  return out;
}

bool valid_doi(std::string_view normalized) {
  static const RE2 crossref(R"((?i)^10\.\d{4,9}/[-._;()/:A-Z0-9]+$)");
  static const RE2 wiley(R"(^10\.1002/[^\s]+$)");
  return RE2::FullMatch(piece(normalized), crossref) || RE2::FullMatch(piece(normalized), wiley);
}

bool valid_pmid(std::string_view pmid) {
  static const RE2 re(R"(^[1-9]\d{0,7}$)");
  return RE2::FullMatch(piece(pmid), re);
}

bool valid_pmcid(std::string_view pmcid) {
  static const RE2 re(R"(^PMC\d+$)");
  return RE2::FullMatch(piece(pmcid), re);
}

bool valid_nct(std::string_view nct) {
  static const RE2 re(R"(^NCT\d{8}$)");
  return RE2::FullMatch(piece(nct), re);
}

IsbnCheck check_isbn(std::string_view isbn) {
  // Single separators between characters only; X only as an ISBN-10's last.
  static const RE2 isbn10(R"(^(?:\d[- ]?){9}[\dXx]$)");
  static const RE2 isbn13(R"(^97[89](?:[- ]?\d){10}$)");
  const bool ten = RE2::FullMatch(piece(isbn), isbn10);
  if (!ten && !RE2::FullMatch(piece(isbn), isbn13)) return {};
  std::string chars;
  for (const char c : isbn) {
    if (c != '-' && c != ' ') chars.push_back(c == 'x' ? 'X' : c);
  }
  IsbnCheck result;
  result.actual = chars.back();
  if (ten) {
    int sum = 0;  // weights 10, 9, ..., 2 on the first nine digits
    for (int i = 0; i < 9; ++i) sum += (chars[static_cast<std::size_t>(i)] - '0') * (10 - i);
    const int check = (11 - sum % 11) % 11;  // the value that makes the whole sum 0 mod 11
    result.expected = check == 10 ? 'X' : static_cast<char>('0' + check);
  } else {
    int sum = 0;  // weights 1, 3, 1, 3, ... on the first twelve digits
    for (int i = 0; i < 12; ++i) sum += (chars[static_cast<std::size_t>(i)] - '0') * (i % 2 == 0 ? 1 : 3);
    result.expected = static_cast<char>('0' + (10 - sum % 10) % 10);
  }
  result.status = result.expected == result.actual ? IsbnStatus::kValid : IsbnStatus::kWrongCheckDigit;
  return result;
}

bool valid_isbn(std::string_view isbn) { return check_isbn(isbn).status == IsbnStatus::kValid; }

bool valid_url(std::string_view url) {
  static const RE2 re(
      R"((?i)^https?://)"
      R"((?:[^\s\p{Z}\p{Cc}/?#@\[\]]+@)?)"  // user-info
      R"((?:\[[0-9a-f:.]+\])"               // IPv6 literal
      R"(|[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?)*\.?))"
      R"((?::\d{1,5})?)"                   // port
      R"((?:[/?#][^\s\p{Z}\p{Cc}]*)?$)");  // path, query, fragment
  return RE2::FullMatch(piece(url), re);
}

std::string normalize_title(std::string_view title) {
  static const RE2 separators(R"([\p{P}\p{Z}\p{Cc}\s]+)");
  std::string out(title);
  RE2::GlobalReplace(&out, separators, " ");
  ascii_lower(out);
  return std::string(trim(out));
}

}  // namespace medlint
