// HTML building blocks for the audit site. Article text and file names are
// untrusted (they come from pull requests): everything printed from them goes
// through escape(), and only checked http(s) addresses become links.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medlint::audit::html {

// Text safe in element content and in a double- or single-quoted attribute:
// & < > " ' become references; bytes that are not valid UTF-8 become U+FFFD;
// control characters other than tab and newline, and the bidirectional
// controls that can reorder what a reader sees, are shown as "[U+202E]".
std::string escape(std::string_view text);

// A link target for a reference's `url`: the address when valid_url accepts
// it (http or https only, so never "javascript:" or "data:"), else none.
std::optional<std::string> web_url(std::string_view url);
// Identifier links: doi.org, PubMed, PubMed Central, ClinicalTrials.gov.
// None when the identifier is not well formed (CIT005 reports it).
std::optional<std::string> doi_url(std::string_view doi);
std::optional<std::string> pubmed_url(std::string_view pmid);
std::optional<std::string> pmc_url(std::string_view pmcid);
std::optional<std::string> nct_url(std::string_view nct);

// A small Markdown subset for the bundled rule docs (headings, paragraphs,
// lists, fenced code, `code`, **bold**): enough to read them on the site.
std::string markdown(std::string_view text);

}  // namespace medlint::audit::html
