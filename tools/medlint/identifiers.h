// Bibliographic identifiers: normalising and checking DOIs, PMIDs, PMCIDs,
// NCT numbers, ISBNs and URLs. Pure functions, shared by the citation rules
// and the retraction list.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medlint {

// Strips "https://doi.org/", "http://dx.doi.org/", "doi:" (any case) and
// surrounding spaces, and lower-cases (DOIs compare case-insensitively).
// Returns the normalised DOI even when it is malformed; see valid_doi().
std::string normalize_doi(std::string_view doi);

// Crossref's pattern (?i)^10\.\d{4,9}/[-._;()/:A-Z0-9]+$ on a normalised DOI;
// old Wiley DOIs (10.1002/...) with other characters are accepted.
bool valid_doi(std::string_view normalized);

}  // namespace medlint
