// The article model: built once per file from the DOM, tolerant of schema
// violations (a field of the wrong type is simply absent here; SCH001 reports
// it), and cut into scoped text blocks that the engine dispatches to rules.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/load/json_document.h"
#include "medlint/model/sentences.h"

namespace medlint {

// A string value and the node it came from (node == kNoNode when absent).
struct StringField {
  std::string_view value;
  NodeId node = kNoNode;
  bool present() const { return node != kNoNode; }
};

struct IntField {
  std::int64_t value = 0;
  NodeId node = kNoNode;
  bool present() const { return node != kNoNode; }
};

enum class SectionKind { kGuidelines, kResearch, kOverview, kOther, kUnknown };
SectionKind parse_section_kind(std::string_view s);
// Guidelines, research and overview sections state clinical facts.
bool is_claim_bearing(SectionKind k);

enum class BlockKind : std::uint8_t {
  kTitle,           // the article title
  kSectionHeading,  // a section's heading
  kHeading,         // a heading block inside a section
  kParagraph,       // a paragraph's text
  kListLead,        // the lead-in text of a list
  kListItem,        // one item of a list
  kReference,       // a reference's title
  kSentence,        // one sentence of a paragraph, list lead or list item
};
inline constexpr unsigned block_bit(BlockKind k) { return 1u << static_cast<unsigned>(k); }

// Why a sentence is or is not a claim (docs/article-format.md, "Claims").
enum class SentenceRole : std::uint8_t {
  kClaim,           // states a fact: it needs a citation
  kQuestion,        // ends with "?"
  kLeadIn,          // ends with ":" and introduces what follows
  kNoClaimSection,  // in a section of kind "other" (or an unknown kind)
};

// What covers a list item besides its own markers.
enum class ListCoverage : std::uint8_t { kNone, kCites, kLeadIn, kCitesAndLeadIn };

// One piece of prose with its place in the article. A sentence's `text` is
// a slice of its string value, starting `offset` decoded bytes into it.
struct TextBlock {
  BlockKind kind;
  StringField text;
  int section = -1;  // index into Article::sections; -1 for title and references
  int block = -1;    // index into Section::blocks
  int item = -1;     // index of a list item, or of a reference
  SectionKind section_kind = SectionKind::kUnknown;

  // Sentences only:
  BlockKind container = BlockKind::kParagraph;  // the block it was cut from
  std::size_t offset = 0;
  bool claim = false;  // states a fact (see docs/article-format.md, "Claims")
  SentenceRole role = SentenceRole::kNoClaimSection;
  bool cited = false;                 // has a marker, or a list's `cites` or lead-in covers it
  std::vector<std::int64_t> cites{};  // reference ids it cites, markers and coverage
  ListCoverage coverage = ListCoverage::kNone;
};

// One citation in the article, in document order: an inline marker, or a
// list's `cites` entry (at the position of the list).
struct Citation {
  NodeId node = kNoNode;  // the string with the marker, or the `cites` entry
  std::size_t begin = 0;  // decoded offsets of "[...]" in the string (markers only)
  std::size_t end = 0;
  bool in_list_cites = false;
  std::vector<std::int64_t> ids;  // empty when malformed
  std::string problem;            // why the marker is malformed
  std::string_view text;          // the marker as written
};

struct ListCite {
  std::int64_t id;
  NodeId node;
};

struct Block {
  StringField type;
  NodeId node = kNoNode;
  std::vector<ListCite> cites;  // a list's `cites`
};

struct Section {
  StringField id, kind, heading;
  SectionKind section_kind = SectionKind::kUnknown;
  NodeId node = kNoNode;
  std::vector<Block> blocks;
};

struct HistoryEntry {
  StringField status, date, by, note;
  NodeId node = kNoNode;
};

struct Reference {
  IntField id, year;
  StringField type, title, source, doi, pmid, pmcid, isbn, url, nct;
  std::vector<StringField> authors;
  NodeId node = kNoNode;
};

struct Article {
  NodeId root = kNoNode;
  StringField id, title, language;
  std::vector<StringField> audiences, authors, notices, disclaimers;
  StringField created, updated, reviewed;
  StringField status;
  NodeId review = kNoNode;
  std::vector<HistoryEntry> history;
  std::vector<Section> sections;
  std::vector<Reference> references;
  std::vector<TextBlock> text_blocks;                   // document order; a prose block is followed by its sentences
  std::vector<Citation> citations;                      // document order
  std::map<std::int64_t, std::size_t> reference_by_id;  // id -> index into references (first one)

  const Reference* reference(std::int64_t ref_id) const {
    const auto it = reference_by_id.find(ref_id);
    return it == reference_by_id.end() ? nullptr : &references[it->second];
  }
};

// How messages name a reference: "4" for id 4, "at position 4" (1-based)
// when it has no id. Used as "Reference {label}".
std::string reference_label(const Reference& r, std::size_t index);

// Builds the model, cutting prose with `splitter`; never fails (an absent or
// mistyped field stays empty).
Article build_article(const JsonDocument& doc, const SentenceSplitter& splitter = SentenceSplitter::bundled());

}  // namespace medlint
