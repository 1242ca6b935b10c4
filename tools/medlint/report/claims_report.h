// The output of `medlint claims`: every sentence of model/claims.h, as text
// or JSON.
#pragma once

#include <ostream>
#include <vector>

#include "medlint/model/claims.h"

namespace medlint {

// Text: one line per sentence, "file:line:col-line:col: what: sentence",
// then a summary line. Sentence text and file names are escaped.
void write_claims_text(std::ostream& out, const std::vector<ArticleClaims>& articles, bool uncited_only);
// JSON: {"version", "files": [{"file", "sentences": [...]}], "totals"}.
void write_claims_json(std::ostream& out, const std::vector<ArticleClaims>& articles, bool uncited_only);

}  // namespace medlint
