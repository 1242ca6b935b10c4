#include "fixture.h"

#include <regex>
#include <sstream>

namespace medlint::testing {

namespace {

// "[LINE:]COL-[ENDLINE:]ENDCOL"; lines default to the comment's line.
bool parse_range(const std::string& s, std::uint32_t line, Position& start, Position& end) {
  static const std::regex re(R"(^(?:(\d+):)?(\d+)-(?:(\d+):)?(\d+)$)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return false;
  const auto num = [&](int i) { return static_cast<std::uint32_t>(std::stoul(m[i])); };
  start = {m[1].matched ? num(1) : line, num(2)};
  end = {m[3].matched ? num(3) : start.line, num(4)};
  return true;
}

std::string describe(const std::string& code, Position s, Position e) {
  return code + " " + std::to_string(s.line) + ":" + std::to_string(s.column) + "-" + std::to_string(e.line) + ":" +
         std::to_string(e.column);
}

}  // namespace

Fixture parse_fixture(const std::string& text, const std::string& name) {
  Fixture f;
  std::uint32_t line = 1;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      in_string = false;  // JSON strings never span lines
      ++line;
      f.json.push_back(c);
      continue;
    }
    if (in_string) {
      f.json.push_back(c);
      if (c == '\\' && i + 1 < text.size() && text[i + 1] != '\n')
        f.json.push_back(text[++i]);
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      const std::size_t eol = text.find('\n', i);
      const std::string comment = text.substr(i, (eol == std::string::npos ? text.size() : eol) - i);
      // Trailing spaces before the comment are removed with it.
      while (!f.json.empty() && f.json.back() == ' ') f.json.pop_back();
      static const std::string one = R"(//\s*expect\s+([A-Z]+[0-9]+)\s+(\S+)(?:\s+\"((?:[^\"\\]|\\.)*)\")?\s*)";
      static const std::regex expect_re(one);
      // A comment that says "expect" must be expectations and nothing else:
      // a typo ("// expect cit004 3-6") fails the test instead of being dropped.
      static const std::regex whole_re(R"(^(?://\s*expect\s+[A-Z]+[0-9]+\s+\S+(?:\s+\"(?:[^\"\\]|\\.)*\")?\s*)+$)");
      if (comment.find("expect") != std::string::npos && !std::regex_match(comment, whole_re) && f.error.empty()) {
        f.error = name + ":" + std::to_string(line) + ": cannot read expectation: " + comment;
      }
      for (std::sregex_iterator it(comment.begin(), comment.end(), expect_re), end; it != end; ++it) {
        Expectation e;
        e.code = (*it)[1];
        e.origin = name + ":" + std::to_string(line);
        if (!parse_range((*it)[2], line, e.start, e.end)) {
          f.error = e.origin + ": bad range '" + std::string((*it)[2]) + "' (want COL-ENDCOL or COL-LINE:COL)";
        }
        e.message_part = std::regex_replace(std::string((*it)[3]), std::regex(R"(\\(.))"), "$1");
        f.expected.push_back(std::move(e));
      }
      i = (eol == std::string::npos ? text.size() : eol) - 1;
      continue;
    }
    f.json.push_back(c);
  }
  return f;
}

std::vector<std::string> compare(const std::vector<Expectation>& expected, const std::vector<Finding>& actual) {
  std::vector<std::string> problems;
  std::vector<bool> used(actual.size(), false);
  for (const Expectation& e : expected) {
    bool matched = false;
    for (std::size_t i = 0; i < actual.size() && !matched; ++i) {
      const Finding& f = actual[i];
      if (used[i] || f.code != e.code || f.start != e.start || f.end != e.end) continue;
      if (!e.message_part.empty() && f.message.find(e.message_part) == std::string::npos) continue;
      used[i] = matched = true;
    }
    if (!matched) {
      std::string near;
      for (const Finding& f : actual) {
        if (f.code == e.code && f.start.line == e.start.line)
          near += "\n      got " + describe(f.code, f.start, f.end) + ": " + f.message;
      }
      problems.push_back(e.origin + ": expected " + describe(e.code, e.start, e.end) +
                         (e.message_part.empty() ? "" : " \"" + e.message_part + "\"") + ", not reported" + near);
    }
  }
  for (std::size_t i = 0; i < actual.size(); ++i) {
    if (!used[i]) {
      problems.push_back("unexpected finding " + describe(actual[i].code, actual[i].start, actual[i].end) + ": " +
                         actual[i].message);
    }
  }
  return problems;
}

}  // namespace medlint::testing
