// Validation of a JSON document against a JSON Schema (draft 7) with
// valijson, for the tests of medlint's own outputs (SARIF, audit.json).
// valijson does not check "format".
#pragma once

#include <string>
#include <vector>

#include "medlint/engine/valijson.h"
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace medlint::testing {

// Each violation as "context: description"; empty when valid.
inline std::vector<std::string> validate(const rapidjson::Document& schema_doc, const rapidjson::Document& instance) {
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::RapidJsonAdapter schema_adapter(schema_doc);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::RapidJsonAdapter target(instance);
  std::vector<std::string> out;
  if (validator.validate(schema, target, &results)) return out;
  valijson::ValidationResults::Error e;
  while (results.popError(e)) {
    std::string where;
    for (const auto& c : e.context) where += c;
    out.push_back(where + ": " + e.description);
  }
  return out;
}

}  // namespace medlint::testing
