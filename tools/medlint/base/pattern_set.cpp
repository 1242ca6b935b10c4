#include "medlint/base/pattern_set.h"

#include <algorithm>

namespace medlint {
namespace {

// ^ or $ outside a character class, or \A or \z: the pattern looks at the
// ends of the text. Escapes and classes are skipped; when unsure, true.
bool is_anchored(std::string_view p) {
  bool in_class = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      if (i + 1 < p.size() && (p[i + 1] == 'A' || p[i + 1] == 'z')) return true;
      ++i;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == '^') ++i;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;  // "[]...]": the ] is a member
    } else if (c == '^' || c == '$') {
      return true;
    }
  }
  return false;
}

RE2::Options pattern_options() {
  RE2::Options options;
  options.set_log_errors(false);
  // The set's DFA holds the states of every pattern at once: room for a few
  // hundred patterns before it would have to fall back (see find_all).
  options.set_max_mem(64 << 20);
  return options;
}

}  // namespace

PatternSet::PatternSet() : options_(pattern_options()) { set_ = std::make_unique<RE2::Set>(options_, RE2::UNANCHORED); }

PatternSet::~PatternSet() = default;

Result<std::shared_ptr<const RE2>> PatternSet::compile_one(std::string_view pattern) {
  auto re = std::make_shared<const RE2>(re2::StringPiece(pattern.data(), pattern.size()), pattern_options());
  if (!re->ok()) return Error{re->error()};
  return std::shared_ptr<const RE2>(std::move(re));
}

Result<std::size_t> PatternSet::add(std::string_view pattern) {
  auto re = compile_one(pattern);
  if (!re) return re.error();
  return add(std::move(*re));
}

Result<std::size_t> PatternSet::add(std::shared_ptr<const RE2> compiled) {
  if (compiled_) return Error{"patterns cannot be added after the set is compiled"};
  if (!compiled || !compiled->ok()) return Error{compiled ? compiled->error() : "no pattern"};
  const std::string& pattern = compiled->pattern();
  std::string error;
  if (set_->Add(pattern, &error) < 0) return Error{error};
  each_.push_back(std::move(compiled));
  anchored_.push_back(is_anchored(pattern));
  if (anchored_.back()) anchored_list_.push_back(each_.size() - 1);
  return each_.size() - 1;
}

Result<void> PatternSet::compile() {
  if (compiled_) return {};
  if (!set_->Compile()) return Error{"the patterns together are too large for RE2 to compile"};
  compiled_ = true;
  return {};
}

std::vector<std::size_t> PatternSet::occurring(std::string_view text) const {
  std::vector<std::size_t> out;
  if (!compiled_) return out;
  std::vector<int> hits;
  RE2::Set::ErrorInfo error{};
  if (!set_->Match(re2::StringPiece(text.data(), text.size()), &hits, &error)) {
    if (error.kind == RE2::Set::kNoError) return out;
    // The set could not answer (its DFA ran out of memory): every pattern
    // is tried on its own instead. Slower, never a silent miss.
    for (std::size_t i = 0; i < each_.size(); ++i) out.push_back(i);
    return out;
  }
  for (const int h : hits) out.push_back(static_cast<std::size_t>(h));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<PatternSet::Match> PatternSet::find_all(std::string_view text) const {
  return find_all(text, occurring(text));
}

std::vector<PatternSet::Match> PatternSet::find_all(std::string_view text,
                                                    const std::vector<std::size_t>& patterns) const {
  std::vector<Match> out;
  const re2::StringPiece all(text.data(), text.size());
  for (const std::size_t index : patterns) {
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
