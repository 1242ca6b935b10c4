// Bibliographic identifiers: normalising and checking DOIs, PMIDs, PMCIDs,
// NCT numbers, ISBNs and URLs, and normalising titles for duplicate
// detection. Pure functions, shared by the citation rules (CIT005, CIT006,
// CIT008) and the retraction list. The valid_* functions do not trim: a value
// with a leading or trailing space is malformed (a DOI is trimmed by
// normalize_doi() first).
#pragma once

#include <string>
#include <string_view>

namespace medlint {

// Strips surrounding spaces, lower-cases (DOIs compare case-insensitively;
// ASCII only) and removes one resolver prefix: "https://doi.org/",
// "http://dx.doi.org/", "https://www.doi.org/" and the like (http or https or
// no scheme; doi.org, dx.doi.org or www.doi.org), or "doi:" with optional
// spaces after it. Returns the normalised DOI even when it is malformed; see
// valid_doi().
std::string normalize_doi(std::string_view doi);

// Crossref's pattern (?i)^10\.\d{4,9}/[-._;()/:A-Z0-9]+$ on a normalised DOI;
// old Wiley DOIs (10.1002/ followed by anything without whitespace, e.g. the
// SICI forms with "<" and ">") are the known exception and are accepted.
bool valid_doi(std::string_view normalized);

// A PubMed id: ^[1-9]\d{0,7}$ (1 to 8 digits, no leading zero, no "PMID:").
bool valid_pmid(std::string_view pmid);

// A PubMed Central id: "PMC" followed by one or more digits (no fixed length;
// 8-digit ids exist). Lower-case "pmc" is rejected: PMC, Europe PMC and the
// NCBI ID converter all write the prefix in capitals, and one spelling keeps
// CIT006's duplicate check and searches simple.
bool valid_pmcid(std::string_view pmcid);

// A ClinicalTrials.gov id: "NCT" (capitals) followed by exactly 8 digits.
bool valid_nct(std::string_view nct);

// An ISBN-10 or ISBN-13 with a correct check digit.
//
// Form: 10 or 13 characters, optionally separated by single hyphens or spaces
// (no leading, trailing or doubled separator; no "ISBN" prefix). ISBN-10 is
// 9 digits and a check character, a digit or X (either case) for 10; X is
// allowed only there. ISBN-13 is 13 digits starting with 978 or 979.
//
// Check digit: ISBN-10 weights the 10 characters 10, 9, ..., 1 and the sum
// must be 0 mod 11; ISBN-13 weights the 13 digits 1, 3, 1, 3, ... and the sum
// must be 0 mod 10.
enum class IsbnStatus { kValid, kMalformed, kWrongCheckDigit };
struct IsbnCheck {
  IsbnStatus status = IsbnStatus::kMalformed;
  char expected = 0;  // with kWrongCheckDigit: the check character the other digits give ('0'-'9' or 'X')
  char actual = 0;    // with kWrongCheckDigit: the check character written (upper-cased)
};
IsbnCheck check_isbn(std::string_view isbn);
bool valid_isbn(std::string_view isbn);

// An absolute web address: "http://" or "https://" (scheme in any case), a
// host (DNS labels of letters, digits, "-" and "_", Unicode letters allowed,
// or a bracketed IPv6 literal), an optional user-info and port, then an
// optional path, query or fragment. No whitespace or control character
// anywhere (nor U+00A0 and the other Unicode spaces).
bool valid_url(std::string_view url);

// A title reduced for duplicate detection: every run of punctuation
// (Unicode category P, so also en dashes and curly quotes), whitespace and
// control characters becomes one space, the ends are trimmed and ASCII letters
// are lower-cased. Symbols (+, <, >, =, °, ...) are kept, since "<65 years"
// and ">65 years" are different studies. Non-ASCII letters keep their case.
std::string normalize_title(std::string_view title);

}  // namespace medlint
