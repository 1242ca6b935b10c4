// The rule base class. A rule carries its own metadata and message table; its
// docs page is the Markdown file of the same stem beside its source. Rules are
// listed in rules/registry.cpp (sorted by code, no static self-registration).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/model/article.h"
#include "medlint/model/file_kind.h"
#include "medlint/model/finding.h"
#include "medlint/engine/scan.h"

namespace medlint {

class FileContext;
class CorpusContext;

struct RuleMessage {
  std::string_view id;
  std::string_view text;  // "{name}" placeholders are filled by FileContext::report
};

struct RuleMeta {
  std::string_view code;  // e.g. "SCH001"; the first letters are the category
  std::string_view name;  // kebab-case, e.g. "schema-violation"
  Severity default_severity;
  std::string_view summary;  // one line for `medlint rules` and SARIF
  std::vector<RuleMessage> messages;
  // A finding that means the file was not (fully) checked: its severity is
  // fixed, and no config, suppression or baseline can silence it (JSON001-
  // JSON004, MED002). Silencing one would be a silent pass.
  bool always_on = false;
  // Some of its findings carry a safe fix (Finding::fix) that `medlint fix`
  // applies.
  bool fixable = false;
  // Where its docs are, when not beside its source (a team's custom rule).
  std::string_view help_uri = {};

  // "SCH" for "SCH001": the letters of the code.
  std::string_view category() const { return code.substr(0, code.find_first_of("0123456789")); }
  // "sch001_schema_violation": the stem of the rule's .cpp and .md in
  // tools/medlint/rules/ (rule_list.h).
  std::string docs_stem() const;
};

// A setting of medlint.json that changes what a rule reports, declared with
// the rule: the catalog test checks it against config.schema.json, the
// effective config `medlint config --print` shows, and the rule's docs.
struct RuleOption {
  std::string_view pointer;       // where in medlint.json, e.g. "/review/maxAgeDays"
  std::string_view type;          // its JSON Schema type, e.g. "integer"
  std::string_view default_json;  // its default as `config --print` shows it, e.g. "365"
  std::string_view description;
};

// One entry of an article's "medlint": {"ignore": [...]} after the engine
// applied it: the entry's node and how many findings it silenced.
struct SuppressionUse {
  NodeId entry = kNoNode;
  std::string_view rule;  // the code or category it names
  std::string_view at;    // JSON Pointer, empty: the whole article
  std::size_t matched = 0;
  bool names_always_on = false;  // a rule whose findings can never be silenced
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  // The settings of medlint.json the rule reads (most rules have none).
  virtual std::span<const RuleOption> options() const { return {}; }

  // Hooks, in the order the engine calls them. A rule overrides what it needs.
  // 1. What the loader found wrong with the bytes (every file, even unparsable).
  virtual void check_load(FileContext&) const {}
  // 2. The parsed JSON document of any file kind.
  virtual void check_document(FileContext&) const {}
  // 3. The article model, once (articles only).
  virtual void check_article(FileContext&) const {}
  // 4. Each text block whose kind is in block_kinds() (articles only).
  virtual unsigned block_kinds() const { return 0; }
  virtual void check_block(const TextBlock&, FileContext&) const {}
  // 5. The text scan (engine/scan.h): the patterns the rule asks for, each
  //    compiled once with every other rule's patterns of its scope. Then, for
  //    each block of a scope the rule's patterns name, its hits there (none,
  //    possibly: an occurrence rule counts), and after the walk every hit of
  //    the article in document order.
  virtual std::span<const ScanPattern> scan_patterns() const { return {}; }
  virtual void check_scan(const TextBlock&, Scope, std::span<const ScanHit>, FileContext&) const {}
  //    Whether check_scan wants the blocks without hits too (a rule that
  //    counts); the others are spared a call per block.
  virtual bool scans_empty_blocks() const { return false; }
  virtual void check_scan_end(std::span<const ScanHit>, FileContext&) const {}
  // 6. After the article's suppressions were applied: each entry and what it
  //    silenced (articles only; the findings of this hook are never silenced).
  virtual void check_suppressions(std::span<const SuppressionUse>, FileContext&) const {}
  // 7. After every file: facts across the corpus, from the notes each file
  //    gave (note_for_corpus runs for every article, whatever the rule's
  //    severity there: an override may turn the rule on for another file).
  virtual void note_for_corpus(FileContext&) const {}
  virtual void check_corpus(CorpusContext&) const {}

  std::string_view message(std::string_view id) const;
};

}  // namespace medlint
