#include "identifiers.h"

#include <re2/re2.h>

#include <cctype>

namespace medlint {

std::string normalize_doi(std::string_view doi) {
  while (!doi.empty() && std::isspace(static_cast<unsigned char>(doi.front()))) doi.remove_prefix(1);
  while (!doi.empty() && std::isspace(static_cast<unsigned char>(doi.back()))) doi.remove_suffix(1);
  std::string out(doi);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                        "http://dx.doi.org/", "doi:"}) {
    if (std::string_view(out).starts_with(prefix)) {
      out.erase(0, prefix.size());
      break;
    }
  }
  while (!out.empty() && std::isspace(static_cast<unsigned char>(out.front()))) out.erase(0, 1);
  return out;
}

bool valid_doi(std::string_view normalized) {
  static const RE2 crossref(R"((?i)^10\.\d{4,9}/[-._;()/:A-Z0-9]+$)");
  static const RE2 wiley(R"(^10\.1002/[^\s]+$)");
  const re2::StringPiece s(normalized.data(), normalized.size());
  return RE2::FullMatch(s, crossref) || RE2::FullMatch(s, wiley);
}

}  // namespace medlint
