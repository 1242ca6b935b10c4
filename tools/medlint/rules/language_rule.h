// What the language rules (LNG001-LNG004) share: the patterns of their list
// (model/language_list.h) in the scopes they scan, the entry behind a hit,
// and findings placed on, and fixes written over, part of a block's text.
#pragma once

#include <re2/re2.h>

#include <initializer_list>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "medlint/engine/context.h"
#include "medlint/model/language.h"
#include "medlint/model/language_list.h"

namespace medlint {

class LanguageRule : public Rule {
 public:
  std::span<const ScanPattern> scan_patterns() const override { return patterns_; }

 protected:
  // Every flagged entry of `code`'s list, in each of `scopes`.
  LanguageRule(std::string_view code, std::initializer_list<Scope> scopes) : list_(language_list(code)) {
    for (const LanguageEntry& e : list_.entries) {
      if (!e.flagged) continue;
      for (const Scope s : scopes) {
        patterns_.push_back({s, e.pattern});
        entries_.push_back(&e);
      }
    }
  }

  const LanguageEntry& entry(const ScanHit& hit) const { return *entries_[hit.pattern]; }

  // Calls fn(hit, text) for each hit that is not part of a URL, DOI or
  // e-mail address (nothing in a link is prose).
  template <class Fn>
  static void each_prose_hit(const TextBlock& block, std::span<const ScanHit> hits, Fn&& fn) {
    if (hits.empty()) return;
    const std::string_view text = block.text.value;
    const std::vector<ByteRange> links = link_ranges(text);
    for (const ScanHit& hit : hits) {
      if (!overlaps_any(links, hit.begin, hit.end)) fn(hit, text);
    }
  }
  const LanguageList& list() const { return list_; }

  // Where in the hit the entry's token stands: its `token`, else the hit
  // without the digits and spaces that only place it after a number.
  static ByteRange token_range(const LanguageEntry& e, const ScanHit& hit) {
    const std::string_view s = hit.text();
    if (e.token.empty()) {
      std::size_t skip = 0;
      while (skip < s.size() && ((s[skip] >= '0' && s[skip] <= '9') || s[skip] == ' ')) ++skip;
      return skip < s.size() ? ByteRange{hit.begin + skip, hit.end} : ByteRange{hit.begin, hit.end};
    }
    const std::size_t at = s.find(e.token);
    if (at == std::string_view::npos) return {hit.begin, hit.end};
    return {hit.begin + at, hit.begin + at + e.token.size()};
  }

  // "The Joint Commission (created 2004, ...); Institute for Safe Medication
  // Practices (2015)": who lists the entry, each publisher once.
  std::string sources_of(const LanguageEntry& e) const {
    std::string out;
    std::set<std::string> seen;
    for (const std::string& key : e.sources) {
      const LanguageSource& s = list_.sources.at(key);
      if (!seen.insert(s.publisher).second) continue;
      out += (out.empty() ? "" : " and ") + s.publisher;
    }
    return out;
  }

  // Reports `message` at the block's bytes [begin, end).
  Finding* report_in(FileContext& ctx, const TextBlock& block, std::string_view message, ByteRange at,
                     const MessageArgs& args) const {
    return ctx.report_text(*this, message, block.text.node, block.offset + at.first, block.offset + at.second, args);
  }

  // Attaches to `f` the edit that makes the block's bytes [begin, end) read
  // `replacement`, with a space added where a word would otherwise touch a
  // letter or digit ("10cc" -> "10 mL"), capitalised at a sentence's start.
  static void attach_fix(Finding* f, const FileContext& ctx, const TextBlock& block, ByteRange at,
                         std::string replacement) {
    if (!f || replacement.empty()) return;
    const std::string_view text = block.text.value;
    const auto word = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (at.first == 0 && block.kind == BlockKind::kSentence && replacement[0] >= 'a' && replacement[0] <= 'z') {
      replacement[0] = static_cast<char>(replacement[0] - 'a' + 'A');
    }
    if (word(replacement.front()) && at.first > 0 && word(text[at.first - 1])) replacement.insert(0, " ");
    if (word(replacement.back()) && at.second < text.size() && word(text[at.second])) replacement += ' ';
    f->fix.push_back(ctx.text_edit(block.text.node, block.offset + at.first, block.offset + at.second, replacement));
  }

 private:
  const LanguageList& list_;
  std::vector<ScanPattern> patterns_;
  std::vector<const LanguageEntry*> entries_;  // by pattern index
};

// A pattern of the list (`kind` "cue" or "macro"), compiled once by the rule
// that reads it; a missing or broken one is a bug of the bundled data (the
// catalog tests build every rule).
inline std::unique_ptr<const RE2> compile_list_pattern(const LanguageList& list, std::string_view kind,
                                                       std::string_view name, const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<const RE2>(pattern, options);
  if (pattern.empty() || !re->ok()) {
    throw std::logic_error(list.rule + ": " + std::string(kind) + " \"" + std::string(name) +
                           "\" is missing or invalid");
  }
  return re;
}

inline std::unique_ptr<const RE2> compile_cue(const LanguageList& list, std::string_view name) {
  return compile_list_pattern(list, "cue", name, list.cue(name));
}

inline std::unique_ptr<const RE2> compile_macro(const LanguageList& list, std::string_view name) {
  const auto it = list.macros.find(std::string(name));
  return compile_list_pattern(list, "macro", name, it == list.macros.end() ? std::string() : it->second);
}

}  // namespace medlint
