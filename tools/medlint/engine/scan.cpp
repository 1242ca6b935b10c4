#include "medlint/engine/scan.h"

#include <array>

namespace medlint {
namespace {

constexpr std::array<std::string_view, kScopeCount> kNames = {"title",     "heading",  "paragraph",
                                                              "list-item", "sentence", "article"};

}  // namespace

bool parse_scope(std::string_view name, Scope& scope) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) {
      scope = static_cast<Scope>(i);
      return true;
    }
  }
  return false;
}

std::string_view scope_name(Scope scope) { return kNames[static_cast<std::size_t>(scope)]; }

bool scope_covers(Scope scope, BlockKind kind) {
  switch (scope) {
    case Scope::kTitle: return kind == BlockKind::kTitle;
    case Scope::kHeading: return kind == BlockKind::kSectionHeading || kind == BlockKind::kHeading;
    case Scope::kParagraph: return kind == BlockKind::kParagraph;
    case Scope::kListItem: return kind == BlockKind::kListItem;
    case Scope::kSentence: return kind == BlockKind::kSentence;
    case Scope::kArticle:
      // Reference titles are not prose of the article; sentences are already
      // in the blocks they were cut from.
      return kind != BlockKind::kReference && kind != BlockKind::kSentence;
  }
  return false;
}

}  // namespace medlint
