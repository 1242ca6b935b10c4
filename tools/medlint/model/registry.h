// The people and disclaimer registries an article is checked against, built
// once per registry folder per run from the same parsed documents that SCH001
// and DIS004 check, and shared read-only by every article that uses them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "medlint/base/date.h"
#include "medlint/load/json_document.h"

namespace medlint {

struct Person {
  std::string id;
  std::string name;
  std::vector<std::string> credentials;
  std::vector<std::string> roles;
  bool board = false;  // has a `board` membership
  std::optional<Date> board_from;
  std::optional<Date> board_to;  // none: still a member

  // On the Medical Advisory Board on `day` (from and to inclusive).
  bool on_board(const Date& day) const;
};

struct Disclaimer {
  std::string id;
  int version = 0;
  std::vector<std::string> audiences;  // the audiences that require it
  std::string title;
  std::string text;
};

struct Registry {
  std::string people_file;       // as reported, e.g. "content/registry/people.json"; empty if absent
  std::string disclaimers_file;  // likewise
  // False when the file exists but could not be parsed: its own findings
  // (JSON001...) say why, and the article rules that need it stay silent
  // instead of calling every id unknown.
  bool people_loaded = false;
  bool disclaimers_loaded = false;
  std::vector<Person> people;
  std::vector<Disclaimer> disclaimers;

  const Person* person(std::string_view id) const;
  const Disclaimer* disclaimer(std::string_view id) const;

  // Fills people or disclaimers from a parsed registry file; tolerant of
  // schema violations (entries with a missing or mistyped id are skipped).
  void add_people(const JsonDocument& doc, std::string file);
  void add_disclaimers(const JsonDocument& doc, std::string file);

 private:
  std::map<std::string, std::size_t, std::less<>> people_by_id_;
  std::map<std::string, std::size_t, std::less<>> disclaimers_by_id_;
};

}  // namespace medlint
