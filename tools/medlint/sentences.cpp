#include "sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace medlint {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

// Words that end with a full stop without ending the sentence, lower-case.
// Units (mg, ml, min) are not here: "take 5 mg." ends a sentence; nor is
// "etc.", which often does.
constexpr std::array<std::string_view, 23> kAbbreviations = {
    "e.g", "i.e", "vs", "al", "dr", "drs", "approx", "cf", "fig", "figs", "mr", "mrs", "ms", "prof",
    "st", "jr", "sr", "inc", "ltd", "dept", "vol", "viz", "ca"};

// "U.S.", "e.g.", "Ph.D." and other dotted runs of single letters.
bool is_dotted_initials(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (i % 2 == 0 ? !is_alpha(word[i]) : word[i] != '.') return false;
  }
  return true;
}

// The word that ends at `dot` (exclusive), e.g. "e.g" before the last '.'.
std::string_view word_before(std::string_view text, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && (is_alpha(text[b - 1]) || text[b - 1] == '.')) --b;
  return text.substr(b, dot - b);
}

// Words that start a new sentence after "... in the U.S." in NIH prose.
bool starts_sentence_after_initials(std::string_view text, std::size_t i) {
  static constexpr std::array<std::string_view, 24> kStarters = {
      "The", "It", "This", "These", "They", "There", "That", "In", "A", "An", "Many", "Most", "Some",
      "About", "But", "However", "Each", "Every", "If", "You", "We", "He", "She", "Other"};
  for (const std::string_view w : kStarters) {
    if (text.substr(i, w.size()) == w && (i + w.size() >= text.size() || !is_alpha(text[i + w.size()]))) return true;
  }
  return false;
}

bool is_abbreviation(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end()) return true;
  return is_dotted_initials(std::string(word) + ".");
}

bool starts_with_at(std::string_view text, std::size_t i, std::string_view s) { return text.substr(i, s.size()) == s; }

// Closing quotes and brackets that stay with the sentence they close.
std::size_t closer_length(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  const char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  for (std::string_view q : {"\u201D", "\u2019", "\u00BB"}) {
    if (starts_with_at(text, i, q)) return q.size();
  }
  return 0;
}

// Citation markers "[1]" or "[2, 3]" right after the end mark (at most one
// space before each) belong to the sentence that ends there.
std::size_t skip_trailing_markers(std::string_view text, std::size_t i) {
  while (true) {
    std::size_t j = i;
    if (j < text.size() && text[j] == ' ') ++j;
    if (j >= text.size() || text[j] != '[') return i;
    const std::size_t close = text.find(']', j);
    if (close == std::string_view::npos || close - j > 40) return i;
    // Only if it looks like a marker: digits, commas, dashes and spaces.
    for (std::size_t k = j + 1; k < close; ++k) {
      const char c = text[k];
      if (!is_digit(c) && c != ',' && c != '-' && c != ' ' && !(static_cast<unsigned char>(c) >= 0x80)) return i;
    }
    i = close + 1;
  }
}

// Can a sentence start at `i` (after whitespace)?
bool sentence_start(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const char c = text[i];
  if (is_upper(c) || is_digit(c) || c == '"' || c == '(' || c == '[' || c == '\'' || c == '-') return true;
  const auto u = static_cast<unsigned char>(c);
  if (u >= 0x80) {
    // Opening curly quotes and non-ASCII letters: Greek, accented capitals.
    if (starts_with_at(text, i, "\u201C") || starts_with_at(text, i, "\u2018")) return true;
    return !starts_with_at(text, i, "\u2013") && !starts_with_at(text, i, "\u2014");
  }
  return false;
}

// Three or more spaces, or a line break, in a row.
bool paragraph_gap_at(std::string_view text, std::size_t i) {
  if (text[i] == '\n') return true;
  return text.substr(i, 3) == "   " && !(i > 0 && text[i - 1] == ' ');
}

// A flattened list run: two or more spaces, then "- " (as in MedlinePlus).
bool list_dash_at(std::string_view text, std::size_t i) {
  if (text.substr(i, 2) != "  ") return false;
  const std::size_t j = text.find_first_not_of(' ', i);
  return j != std::string_view::npos && j + 1 < text.size() && text[j] == '-' && text[j + 1] == ' ';
}

}  // namespace

TextRange trim(std::string_view text, TextRange r) {
  while (r.begin < r.end && is_space(text[r.begin])) ++r.begin;
  while (r.end > r.begin && is_space(text[r.end - 1])) --r.end;
  return r;
}

std::vector<TextRange> split_sentences(std::string_view text) {
  std::vector<TextRange> out;
  std::size_t start = 0;
  const auto cut = [&](std::size_t at) {
    // `at` is where whitespace after the sentence ends; cut only real text.
    if (trim(text, {start, at}).begin < trim(text, {start, at}).end) {
      out.push_back({start, at});
      start = at;
    }
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    std::size_t end_mark = 0;  // length of ".", "?", "!", "..." or "…" at i
    if (c == '.' || c == '?' || c == '!') {
      end_mark = 1;
      while (i + end_mark < text.size() && (text[i + end_mark] == '.' || text[i + end_mark] == '?' ||
                                             text[i + end_mark] == '!')) {
        ++end_mark;
      }
    } else if (starts_with_at(text, i, "\u2026")) {
      end_mark = 3;
    } else if (paragraph_gap_at(text, i) && i > start) {
      // A line break or a wide gap before a capital: flattened paragraphs.
      std::size_t j = i;
      while (j < text.size() && is_space(text[j])) ++j;
      if (sentence_start(text, j)) {
        cut(j);
        i = j;
        continue;
      }
      i = j;
      continue;
    } else if (list_dash_at(text, i) && i > start) {
      // The whitespace before a flattened list item ends the sentence.
      std::size_t j = text.find_first_not_of(' ', i);
      cut(j);
      i = j + 1;
      continue;
    }
    if (end_mark == 0) {
      ++i;
      continue;
    }
    if (c == '.' && end_mark == 1) {
      // 38.5, 0.5 mg/kg, version 2.1: a dot between digits.
      if (i > 0 && is_digit(text[i - 1]) && i + 1 < text.size() && is_digit(text[i + 1])) {
        ++i;
        continue;
      }
      // "e.g." "Dr." "et al.": known abbreviations do not end a sentence; a
      // capital initials run like "U.S." does when a usual sentence opener
      // follows.
      const std::string_view word = word_before(text, i);
      if (!word.empty() && is_abbreviation(word)) {
        std::size_t k = i + 1;
        while (k < text.size() && text[k] == ' ') ++k;
        // "in the U.S. The cause ..." ends a sentence; "U.S. mail" does not.
        const bool initials_end = is_upper(word[0]) && word.find('.') != word.npos && k > i + 1 &&
                                  starts_sentence_after_initials(text, k);
        if (!initials_end) {
          ++i;
          continue;
        }
      }
    }
    std::size_t j = i + end_mark;
    while (std::size_t n = closer_length(text, j)) j += n;
    j = skip_trailing_markers(text, j);
    while (std::size_t n = closer_length(text, j)) j += n;
    std::size_t k = j;
    while (k < text.size() && is_space(text[k])) ++k;
    if (k == text.size()) break;  // the last sentence takes the rest
    if (k == j) {  // no space: "3.5mg", "e.g.,", "word.Next" stay together
      i = j;
      continue;
    }
    if (!sentence_start(text, k)) {  // "approx. five", "... and then"
      i = j;
      continue;
    }
    cut(k);
    i = k;
  }
  if (start < text.size()) {
    if (trim(text, {start, text.size()}).begin < text.size()) {
      out.push_back({start, text.size()});
    } else if (!out.empty()) {
      out.back().end = text.size();  // trailing whitespace joins the last sentence
    }
  }
  return out;
}

}  // namespace medlint
