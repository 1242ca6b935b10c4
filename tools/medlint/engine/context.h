// Per-run and per-file state. The run context is immutable and shared by every
// file (and, later, every worker thread); a file context holds one file's
// source, document, article model and findings.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "medlint/model/article.h"
#include "medlint/engine/config.h"
#include "medlint/base/date.h"
#include "medlint/model/finding.h"
#include "medlint/load/json_document.h"
#include "medlint/model/registry.h"
#include "medlint/engine/rule.h"
#include "medlint/engine/schema_set.h"

namespace medlint {

using MessageArgs = std::vector<std::pair<std::string_view, std::string>>;
// Fills "{name}" placeholders; each argument is cut at 200 code points.
// `text` with each {name} replaced by its value in `args`; the names of
// placeholders without a value go to `unfilled` (a mistake in the rule).
std::string format_message(std::string_view text, const MessageArgs& args,
                           std::vector<std::string>* unfilled = nullptr);

// A rule reported a message id its table lacks, or left a placeholder
// unfilled: debug builds (tests, fuzzers) abort with the reason; release
// builds report the finding anyway.
void message_mistake(const RuleMeta& rule, std::string_view message_id, std::string_view what);

// Help link of a rule's docs page.
std::string rule_help_uri(const RuleMeta& meta);

class RetractionList;

struct RunContext {
  const SchemaSet& schemas;
  const Config& config;
  Date today;
  const RetractionList* retractions = nullptr;  // null when the config names none
};

// A fact a corpus rule keeps about one file while the file is checked
// (Rule::note_for_corpus): a key (ART002: the article's id) and the value it
// was read from, where the rule reports if the corpus says so.
struct CorpusNote {
  const Rule* rule = nullptr;
  std::string file;
  std::string key;
  std::string pointer;
  Span span;
  Position start, end;
  Excerpt excerpt;                            // a window of the value's line, for excerpts
  const SeverityTable* severities = nullptr;  // the file's (overrides); null: the run's
};

class FileContext {
 public:
  FileContext(const RunContext& run, FileKind kind, const SourceFile& source, const JsonDocument& doc,
              const Article& article, const SeverityTable& severities, const Registry* registry = nullptr)
      : run_(run),
        kind_(kind),
        source_(source),
        doc_(doc),
        article_(article),
        severities_(severities),
        registry_(registry ? *registry : empty_registry()) {}

  const RunContext& run() const { return run_; }
  FileKind kind() const { return kind_; }
  const SourceFile& source() const { return source_; }
  const JsonDocument& doc() const { return doc_; }
  const Article& article() const { return article_; }
  // The people and disclaimers the article is checked against; empty (no
  // file names) when no registry was found.
  const Registry& registry() const { return registry_; }

  // Reports message `message_id` of `rule` at a node's value. `cap` caps this
  // finding's severity: it gets min(configured severity, cap), and a rule that
  // is off stays off (CIT009 reports an expression of concern as a warning).
  // Each report returns the finding it added, or null when the rule is off
  // for this file (a rule attaches its fix there).
  Finding* report(const Rule& rule, std::string_view message_id, NodeId node, const MessageArgs& args = {},
                  Severity cap = Severity::kError);
  // Reports at the decoded bytes [begin, end) of a string value: a sentence,
  // a citation marker. The span maps through escapes to the source.
  Finding* report_text(const Rule& rule, std::string_view message_id, NodeId string_node, std::size_t begin,
                       std::size_t end, const MessageArgs& args = {});
  // Reports at the file itself, without a position (line 0): MED002.
  Finding* report_file(const Rule& rule, std::string_view message_id, const MessageArgs& args = {});
  // Reports at any byte span (a key, a substring of a string value, ...).
  // `detail` tells apart, in the fingerprint, problems of one kind at one
  // place (see fingerprint()).
  Finding* report_span(const Rule& rule, std::string_view message_id, Span span, std::string pointer,
                       const MessageArgs& args = {}, Severity cap = Severity::kError, std::string_view detail = {});
  // An edit that makes the decoded bytes [begin, end) of a string value read
  // `replacement` (escaped as the string needs), for a finding's fix.
  TextEdit text_edit(NodeId string_node, std::size_t begin, std::size_t end, std::string_view replacement) const;

  std::vector<Finding>& findings() { return findings_; }

  // Keeps `key` for `rule`'s check_corpus, with the value at `node`.
  void note(const Rule& rule, std::string key, NodeId node);
  std::vector<CorpusNote>& notes() { return notes_; }

 private:
  const RunContext& run_;
  FileKind kind_;
  const SourceFile& source_;
  const JsonDocument& doc_;
  const Article& article_;
  const SeverityTable& severities_;
  const Registry& registry_;
  std::vector<Finding> findings_;
  std::vector<CorpusNote> notes_;

  static const Registry& empty_registry();
};

class CorpusContext {
 public:
  // `notes`: every file's notes, sorted by file.
  CorpusContext(const std::vector<CorpusNote>& notes, const SeverityTable& severities)
      : notes_(notes), severities_(severities) {}
  // The notes `rule` took, by file.
  std::vector<const CorpusNote*> notes(const Rule& rule) const;
  void report(const Rule& rule, std::string_view message_id, const CorpusNote& at, const MessageArgs& args);
  std::vector<Finding>& findings() { return findings_; }

 private:
  const std::vector<CorpusNote>& notes_;
  const SeverityTable& severities_;
  std::vector<Finding> findings_;
};

}  // namespace medlint
