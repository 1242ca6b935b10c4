// Fixtures with their expected findings written inline, the clang-tidy
// CHECK-MESSAGES way. A fixture is JSON plus comments of the form
//
//   "reveiw": {},   // expect SCH001 3-11 "Unknown property \"reveiw\""
//
// meaning: a finding of SCH001 starts on this line at column 3 and ends at
// column 11 of the same line (or "3-14:2" for line 14, column 2; or
// "2:26-2:26" for a finding on another line, where a comment cannot go); the quoted
// text, if any, must occur in its message. Several `// expect` may share a
// line. Comments are removed before linting (lines and columns of the JSON
// are unchanged), and every finding the fixture does not list fails the test.
#pragma once

#include <string>
#include <vector>

#include "medlint/model/finding.h"

namespace medlint::testing {

struct Expectation {
  std::string code;
  Position start, end;
  std::string message_part;
  std::string origin;  // "file:line" of the comment, for failure messages
};

struct Fixture {
  std::string json;  // the text with the comments removed
  std::vector<Expectation> expected;
  std::string error;  // a malformed expectation comment
};

Fixture parse_fixture(const std::string& text, const std::string& name);

// Compares findings with expectations; returns one line per mismatch.
std::vector<std::string> compare(const std::vector<Expectation>& expected, const std::vector<Finding>& actual);

}  // namespace medlint::testing
