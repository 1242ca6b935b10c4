// What the text scan hands to rules: the scopes a pattern can be matched in,
// the patterns a rule asks for, and where they matched. The engine compiles
// every pattern of a scope into one PatternSet (RE2::Set), so a sentence or
// block is scanned once for all the language rules and custom rules (issue
// 13); rules only judge the hits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "medlint/model/article.h"

namespace medlint {

// The text a pattern is matched against (docs/custom-rules.md, "Scopes").
enum class Scope : std::uint8_t {
  kTitle,      // the article title
  kHeading,    // a section heading or a heading block
  kParagraph,  // a paragraph's whole text
  kListItem,   // one item of a list
  kSentence,   // one sentence (of a paragraph, list lead or list item)
  kArticle,    // every title, heading, paragraph, list lead and item, as one scope
};
inline constexpr std::size_t kScopeCount = 6;

// "sentence" -> kSentence; nullopt-like false for an unknown name.
bool parse_scope(std::string_view name, Scope& scope);
std::string_view scope_name(Scope scope);
// Whether a block of this kind is scanned for `scope`'s patterns.
bool scope_covers(Scope scope, BlockKind kind);

struct ScanPattern {
  Scope scope;
  std::string regex;  // RE2 syntax
};

// One match of one of a rule's patterns in one block: `pattern` indexes the
// rule's scan_patterns(); begin/end are byte offsets in block->text.value.
struct ScanHit {
  const TextBlock* block = nullptr;
  std::size_t pattern = 0;
  std::size_t begin = 0, end = 0;
  std::string_view text() const { return block->text.value.substr(begin, end - begin); }
};

}  // namespace medlint
