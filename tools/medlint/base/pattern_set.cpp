#include "medlint/base/pattern_set.h"

#include <algorithm>

namespace medlint {

PatternSet::PatternSet() {
  options_.set_log_errors(false);
  set_ = std::make_unique<RE2::Set>(options_, RE2::UNANCHORED);
}

PatternSet::~PatternSet() = default;

Result<std::size_t> PatternSet::add(std::string_view pattern) {
  if (compiled_) return Error{"patterns cannot be added after the set is compiled"};
  auto re = std::make_unique<const RE2>(re2::StringPiece(pattern.data(), pattern.size()), options_);
  if (!re->ok()) return Error{re->error()};
  std::string error;
  if (set_->Add(re2::StringPiece(pattern.data(), pattern.size()), &error) < 0) return Error{error};
  each_.push_back(std::move(re));
  return each_.size() - 1;
}

Result<void> PatternSet::compile() {
  if (compiled_) return {};
  if (!set_->Compile()) return Error{"the patterns together are too large for RE2 to compile"};
  compiled_ = true;
  return {};
}

std::vector<PatternSet::Match> PatternSet::find_all(std::string_view text) const {
  std::vector<Match> out;
  std::vector<int> hits;
  const re2::StringPiece all(text.data(), text.size());
  if (!compiled_ || !set_->Match(all, &hits)) return out;
  for (const int h : hits) {
    const auto index = static_cast<std::size_t>(h);
    const RE2& re = *each_[index];
    std::size_t from = 0;
    re2::StringPiece m;
    while (from <= text.size() && re.Match(all, from, text.size(), RE2::UNANCHORED, &m, 1)) {
      const auto begin = static_cast<std::size_t>(m.data() - text.data());
      const std::size_t end = begin + m.size();
      out.push_back({index, begin, end});
      // After an empty match, step over one code point, never into one.
      from = end > begin ? end : end + 1;
      while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    }
  }
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.pattern < b.pattern;
  });
  return out;
}

}  // namespace medlint
