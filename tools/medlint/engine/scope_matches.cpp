#include "medlint/engine/scope_matches.h"

#include <algorithm>
#include <functional>
#include <iterator>

namespace medlint {
namespace {

// What RE2's \b counts as a word character, and every byte of a non-ASCII
// character (when unsure, search the part itself).
bool is_word(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The blocks whose sentences are cut from them.
bool holds_sentences(BlockKind kind) {
  return kind == BlockKind::kParagraph || kind == BlockKind::kListLead || kind == BlockKind::kListItem;
}

void sort_matches(std::vector<PatternSet::Match>& matches) {
  std::sort(matches.begin(), matches.end(), [](const PatternSet::Match& a, const PatternSet::Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.pattern < b.pattern;
  });
}

void sort_unique(std::vector<std::size_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

MatchSweep::MatchSweep(const PatternSet& set, std::string_view whole)
    : set_(&set), whole_(whole), found_(search(set, whole)) {}

MatchSweep::MatchSweep(const PatternSet& set, std::string_view whole, Located found)
    : set_(&set), whole_(whole), found_(std::move(found)) {}

Located MatchSweep::search(const PatternSet& set, std::string_view text) {
  Located out;
  std::vector<std::size_t> occurring = set.occurring(text);
  if (!occurring.empty()) out.matches = set.find_all(text, occurring);
  const auto& anchored = set.anchored_patterns();
  std::set_union(occurring.begin(), occurring.end(), anchored.begin(), anchored.end(),
                 std::back_inserter(out.candidates));
  return out;
}

Located MatchSweep::next(std::size_t offset, std::string_view part) {
  if (!set_) return {};
  const std::size_t start = offset;
  const std::size_t end = offset + part.size();
  if (start < last_end_ || end > whole_.size()) return search(*set_, part);
  last_end_ = end;
  if (found_.candidates.empty()) return {};

  // The matches that begin before the part: those reaching into it stay
  // active (one per pattern at most: a pattern's matches do not overlap).
  const std::vector<PatternSet::Match>& all = found_.matches;
  std::erase_if(active_, [&](const PatternSet::Match& m) { return m.end <= start; });
  for (; passed_ < all.size() && all[passed_].begin < start; ++passed_) {
    if (all[passed_].end > start) active_.push_back(all[passed_]);
  }
  if ((start > 0 && is_word(whole_[start - 1])) || (end < whole_.size() && is_word(whole_[end]))) {
    return {found_.candidates, set_->find_all(part, found_.candidates)};
  }

  // Searched in the part itself: the anchored patterns and those with a
  // match across either edge. The others' matches inside are the whole's.
  std::vector<std::size_t> redo = set_->anchored_patterns();
  for (const PatternSet::Match& m : active_) redo.push_back(m.pattern);
  std::size_t stop = passed_;
  for (; stop < all.size() && all[stop].begin <= end; ++stop) {
    if (all[stop].end > end && all[stop].begin < end) redo.push_back(all[stop].pattern);
  }
  sort_unique(redo);
  Located out;
  if (!redo.empty()) out.matches = set_->find_all(part, redo);
  out.candidates = redo;
  for (std::size_t i = passed_; i < stop; ++i) {
    const PatternSet::Match& m = all[i];
    if (m.end > end || std::binary_search(redo.begin(), redo.end(), m.pattern)) continue;
    out.matches.push_back({m.pattern, m.begin - start, m.end - start});
    out.candidates.push_back(m.pattern);
  }
  sort_matches(out.matches);
  sort_unique(out.candidates);
  return out;
}

ScopeMatches::ScopeMatches(const PatternSet& set, Scope scope, const Article& article)
    : set_(set), article_(article), sentences_(scope == Scope::kSentence) {
  const auto& blocks = article.text_blocks;
  std::size_t size = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (sentences_ ? holds_sentences(blocks[i].kind) : scope_covers(scope, blocks[i].kind)) {
      parts_.push_back({i, size});
      size += blocks[i].text.value.size() + 1;
    }
  }
  joined_.reserve(size);
  for (const Part& p : parts_) {
    joined_ += blocks[p.index].text.value;
    joined_ += '\n';
  }
  sweep_ = MatchSweep(set, joined_);
}

std::vector<PatternSet::Match> ScopeMatches::in(const TextBlock& block) {
  // A block of another article (never, from the scanner) is searched alone.
  const TextBlock* first = article_.text_blocks.data();
  const TextBlock* last = first + article_.text_blocks.size();
  if (std::less<>{}(&block, first) || !std::less<>{}(&block, last)) return set_.find_all(block.text.value);
  const auto index = static_cast<std::size_t>(&block - first);
  if (sentences_) return in_sentence(block, index);
  std::size_t part = 0;
  if (!find_part(index, part)) return set_.find_all(block.text.value);
  return sweep_.next(parts_[part].offset, block.text.value).matches;
}

bool ScopeMatches::find_part(std::size_t index, std::size_t& part) {
  while (cursor_ < parts_.size() && parts_[cursor_].index < index) ++cursor_;
  if (cursor_ == parts_.size() || parts_[cursor_].index != index) return false;
  part = cursor_;
  return true;
}

// A sentence's container is the last part before it in the article.
std::vector<PatternSet::Match> ScopeMatches::in_sentence(const TextBlock& sentence, std::size_t index) {
  const std::string_view text = sentence.text.value;
  while (cursor_ < parts_.size() && parts_[cursor_].index < index) ++cursor_;
  if (cursor_ == 0) return set_.find_all(text);
  const std::size_t part = cursor_ - 1;
  const TextBlock& container = article_.text_blocks[parts_[part].index];
  const std::string_view whole = container.text.value;
  if (container.text.node != sentence.text.node || sentence.offset < container.offset ||
      sentence.offset - container.offset > whole.size() ||
      text.size() > whole.size() - (sentence.offset - container.offset)) {
    return set_.find_all(text);
  }
  if (!container_open_ || container_ != part) {
    container_sweep_ = MatchSweep(set_, whole, sweep_.next(parts_[part].offset, whole));
    container_ = part;
    container_open_ = true;
  }
  return container_sweep_.next(sentence.offset - container.offset, text).matches;
}

}  // namespace medlint
