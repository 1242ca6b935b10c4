// The audit as data for the board's tools: audit.json (described by
// schemas/audit.schema.json) and audit.csv (RFC 4180, one row per article).
#pragma once

#include <string>

#include "medlint/audit/corpus.h"

namespace medlint::audit {

std::string audit_json(const Corpus& c);
std::string audit_csv(const Corpus& c);

}  // namespace medlint::audit
