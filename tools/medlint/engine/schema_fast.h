// The schema stage's fast path: a check that proves an instance valid over
// the keyword subset medlint's schemas use, with valijson run whenever the
// proof fails. valijson stays the authority: it alone says what is wrong,
// and it runs on everything this check does not prove valid.
//
// The check is three-valued. kValid: valijson (with medlint's constraints,
// engine/schema_prepare.h) would accept the instance. kInvalid: it would
// reject it. kUnknown: the check cannot tell (a double where an integer is
// asked for, a string with a NUL, ...). Both firm answers must be sound, since
// `if`/`then` turns an invalid `if` into a valid whole; anything doubtful is
// kUnknown. tools/fuzz/fuzz_schema_fast.cpp compares the verdicts with
// valijson's, and tests/unit/schema_fast_test.cpp does over mutated articles.
#pragma once

#include "medlint/load/rapidjson.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
}

namespace medlint {

class FastSchema {
 public:
  enum class Verdict { kValid, kInvalid, kUnknown };

  // Compiles a schema as written (already checked by prepare_schema);
  // nothing when it uses a keyword or a form outside the subset.
  static std::unique_ptr<const FastSchema> compile(const rapidjson::Value& schema);
  ~FastSchema();
  FastSchema(const FastSchema&) = delete;
  FastSchema& operator=(const FastSchema&) = delete;

  Verdict check(const rapidjson::Value& instance) const;

 private:
  FastSchema();
  struct Node;
  class Compiler;
  Verdict eval(std::size_t index, const rapidjson::Value& v) const;
  Verdict eval_string(const Node& s, const rapidjson::Value& v) const;
  Verdict eval_number(const Node& s, const rapidjson::Value& v) const;
  Verdict eval_array(const Node& s, const rapidjson::Value& v) const;
  Verdict eval_object(const Node& s, const rapidjson::Value& v) const;
  std::vector<Node> nodes_;  // [0]: the root
};

}  // namespace medlint
