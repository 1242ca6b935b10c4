// Makes a JSON Schema safe to hand to valijson. A custom article schema
// comes from medlint.json (trusted, but written by people), and valijson
// takes some schemas badly: a boolean root accepts everything, a cycle of
// $ref and in-place keywords recurses until the stack overflows, a pattern
// std::regex cannot compile throws at validation time, and `pattern` and
// `uniqueItems` cost stack or time that grows with hostile article content
// (std::regex recurses per character; uniqueItems compares every pair).
//
// prepare_schema() checks the schema (naming the file, line and column of
// what is wrong) and returns a copy in which `pattern`, `format` and
// `uniqueItems` are renamed to keywords that add_medlint_constraints()
// handles: patterns and formats with RE2 (linear time, no recursion),
// uniqueness by hashing (linear time). The error messages are valijson's
// own, so findings do not change. Object keys reach valijson's std::regex
// only through patternProperties; the loader caps their length.
#pragma once

#include <string>

#include "medlint/base/result.h"
#include "medlint/load/json_document.h"
#include "medlint/load/source_file.h"

namespace valijson {
class SchemaParser;
}

namespace medlint {

// Checks `schema` (parsed from `source`); on success fills `out` with the
// copy for valijson, else an error "FILE:LINE:COL: what is wrong".
Result<void> prepare_schema(const JsonDocument& schema, const SourceFile& source, rapidjson::Document& out);

// Registers the constraints behind the renamed keywords.
void add_medlint_constraints(valijson::SchemaParser& parser);

}  // namespace medlint
