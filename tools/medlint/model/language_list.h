// The data of the language rules (LNG001-LNG004): one JSON file per rule in
// tools/medlint/data/language/, validated by schemas/language-list.schema.json
// and compiled into the binary. The rules read their patterns, corrections
// and sources from here; their docs pages list the same entries.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace medlint {

// Where an entry is flagged.
enum class LanguageContext {
  kAlways,       // wherever it stands as a token of its own
  kAfterNumber,  // right after a number ("10 U", "5 cc")
  kDosing,       // next to a dose, a route or a frequency (the list's "dosing" cue)
};

struct LanguageSource {
  std::string publisher, title, edition, url;
};

struct LanguageEntry {
  std::string id;       // stable ("qd"); messages and fingerprints use it
  std::string write;    // what the text says ("Q.D., QD, q.d., qd")
  std::string pattern;  // RE2, macros expanded
  std::string token;    // the part of a hit reported and fixed; empty: the whole hit
  LanguageContext context = LanguageContext::kAlways;
  std::string meaning, mistaken_for, use;
  std::string fix;  // the replacement `medlint fix` writes; "computed"; empty: none
  bool flagged = true;
  std::string note;
  std::vector<std::string> sources;  // keys into LanguageList::sources
};

struct LanguageList {
  std::string rule;  // "LNG001"
  std::map<std::string, LanguageSource> sources;
  std::map<std::string, std::string> macros;  // name -> RE2 fragment (entries have them expanded)
  std::map<std::string, std::string> cues;    // name -> RE2 pattern
  std::vector<LanguageEntry> entries;         // in file order, flagged or not

  const std::string& cue(std::string_view name) const;  // empty when absent
};

// The bundled list of `rule` ("LNG001"), parsed once. A malformed bundled
// list is a bug of the build: throws std::logic_error saying what is wrong.
const LanguageList& language_list(std::string_view rule);

// Parses a list from JSON text (the tests feed it broken ones).
LanguageList parse_language_list(std::string_view json, std::string_view name);

}  // namespace medlint
