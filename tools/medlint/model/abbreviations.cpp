#include "medlint/model/abbreviations.h"

#include "medlint/base/utf8.h"

namespace medlint {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// What a word of an entry may hold after its first letter.
bool is_entry_char(char c) { return is_ascii_letter(c) || is_digit(c) || c == '.' || is_non_ascii(c); }

Result<void> check_word(std::string_view word) {
  if (word.empty()) return Error{"has an empty word"};
  if (!is_ascii_letter(word[0]) && !is_non_ascii(word[0])) return Error{"must start with a letter"};
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (!is_entry_char(word[i])) return Error{"may hold only letters, digits and full stops in a word"};
    if (word[i] == '.' && i + 1 < word.size() && word[i + 1] == '.') return Error{"has two full stops in a row"};
  }
  return {};
}

std::string capitalised(std::string_view word) {
  std::string s(word);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

bool has_capital(std::string_view s) {
  for (const char c : s) {
    if (is_ascii_upper(c)) return true;
  }
  return false;
}

}  // namespace

std::string_view to_string(AbbreviationKind kind) {
  switch (kind) {
    case AbbreviationKind::kPrefix: return "prefix";
    case AbbreviationKind::kNumber: return "number";
    case AbbreviationKind::kTerminal: return "terminal";
  }
  return "terminal";
}

Result<void> check_abbreviation(std::string_view entry) {
  if (entry.empty()) return Error{"is empty"};
  if (entry.size() > 40) return Error{"is longer than 40 bytes"};
  if (find_invalid_utf8(entry)) return Error{"is not valid UTF-8"};
  if (entry.back() != '.') return Error{"must end with its full stop, as written in text (\"Dr.\", \"et al.\")"};
  const std::size_t space = entry.find(' ');
  const std::string_view last = space == std::string_view::npos ? entry : entry.substr(space + 1);
  if (space != std::string_view::npos) {
    if (last.find(' ') != std::string_view::npos) return Error{"may have at most two words"};
    if (auto word = check_word(entry.substr(0, space)); !word) return word;
  }
  if (last.size() < 2) return Error{"has no letters before its full stop"};
  return check_word(last);
}

void AbbreviationTable::add(std::string_view entry, AbbreviationKind kind) {
  const std::size_t space = entry.find(' ');
  std::string before = space == std::string_view::npos ? std::string() : std::string(entry.substr(0, space));
  const std::string_view last = space == std::string_view::npos ? entry : entry.substr(space + 1);
  const std::string_view key = last.substr(0, last.size() - 1);  // without the full stop
  auto& list = entries_[std::string(key)];
  for (Entry& e : list) {
    if (e.before == before) {
      e.kind = kind;  // a later list re-kinds the entry
      return;
    }
  }
  list.push_back({kind, !has_capital(entry), std::move(before)});
  ++size_;
}

const AbbreviationTable::Entry* AbbreviationTable::match(std::string_view word, std::string_view text,
                                                         std::size_t word_begin, bool capitalised_word) const {
  const auto it = entries_.find(word);
  if (it == entries_.end()) return nullptr;
  const Entry* single = nullptr;
  for (const Entry& e : it->second) {
    if (e.before.empty()) {
      if (!capitalised_word || e.lower) single = &e;
      continue;
    }
    // A two-word entry: " et" (or "Et" at a sentence start) right before.
    const std::size_t n = e.before.size();
    if (capitalised_word || word_begin < n + 1 || text[word_begin - 1] != ' ') continue;
    const std::size_t b = word_begin - 1 - n;
    const std::string_view first = text.substr(b, n);
    const bool starts_word = b == 0 || !is_entry_char(text[b - 1]);
    if (starts_word && (first == e.before || (e.lower && first == capitalised(e.before)))) return &e;
  }
  return single;
}

std::optional<AbbreviationKind> AbbreviationTable::find(std::string_view text, std::size_t word_begin,
                                                        std::size_t dot) const {
  if (dot <= word_begin) return std::nullopt;
  const std::string_view word = text.substr(word_begin, dot - word_begin);
  if (const Entry* e = match(word, text, word_begin, false)) return e->kind;
  // "Approx." at the start of a sentence: the lower-case entry, capitalised;
  // not for one or two letters, where case tells words apart ("Ca." is
  // calcium, not "ca." circa).
  if (!is_ascii_upper(word[0]) || word.size() < 3) return std::nullopt;
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  if (const Entry* e = match(lower, text, word_begin, true)) return e->kind;
  return std::nullopt;
}

}  // namespace medlint
