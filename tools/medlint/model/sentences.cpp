// The sentence splitter's algorithm (docs/sentences.md). One pass over the
// text: bytes that cannot start a boundary are skipped by a table; at each
// candidate the tokens before and after decide. Every look-back and
// look-ahead is bounded, so the pass stays linear on hostile input.
#include "medlint/model/sentences.h"

#include <algorithm>
#include <array>
#include <optional>

#include "medlint/base/utf8.h"

namespace medlint {
namespace {

// ---- Characters -------------------------------------------------------------

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

struct CodePoint {
  char32_t cp = 0;
  std::size_t len = 1;
};

// The code point at s[i]; a malformed sequence reads as U+FFFD, one byte long.
CodePoint decode(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return {lead, 1};
  const std::size_t len = utf8_sequence_length(lead);
  if (len == 1 || i + len > s.size()) return {0xFFFD, 1};
  char32_t cp = lead & (0xFFu >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  return {cp, len};
}

// Where the code point that ends at s[i] (exclusive) starts; i > 0.
std::size_t previous_start(std::string_view s, std::size_t i) {
  std::size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  return j;
}

// Letter case beyond ASCII: Latin-1, Latin Extended-A, Greek and Cyrillic.
bool is_upper_cp(char32_t c) {
  if (c < 0x80) return is_upper(static_cast<char>(c));
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 0;
  return (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}
bool is_lower_cp(char32_t c) {
  if (c < 0x80) return is_lower(static_cast<char>(c));
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 1;
  return (c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F);
}
bool is_greek_lower(char32_t c) { return c >= 0x3B1 && c <= 0x3C9; }
// Letters, digits, and the signs that live inside abbreviations ("N°", "µg").
bool is_word_cp(char32_t c) {
  return is_upper_cp(c) || is_lower_cp(c) || (c < 0x80 && is_digit(static_cast<char>(c))) || c == 0xB0 || c == 0xB5 ||
         c == 0xBA || c == 0xAA || c == 0x3BC;
}
// List bullets: • ‣ ⁃ ◦ ▪ ▸ ● ■
bool is_bullet(char32_t c) {
  return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25E6 || c == 0x25AA || c == 0x25B8 || c == 0x25CF ||
         c == 0x25A0;
}
// Whitespace beyond ASCII: no-break and typographic spaces, line and
// paragraph separators, and the invisible zero-width characters that would
// otherwise glue two sentences together ("Stop.\u200bGive ...").
std::size_t space_length(std::string_view s, std::size_t i) {
  if (is_space(s[i])) return 1;
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead != 0xC2 && lead != 0xE2 && lead != 0xE3 && lead != 0xEF) return 0;
  const CodePoint p = decode(s, i);
  const char32_t c = p.cp;
  const bool space = c == 0x85 || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
                     c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
  return space ? p.len : 0;
}
// "\n", NEL, the line separator; the paragraph separator counts as two.
int line_breaks(std::string_view s, std::size_t i) {
  if (s[i] == '\n') return 1;
  if (static_cast<unsigned char>(s[i]) < 0x80) return 0;
  const char32_t c = decode(s, i).cp;
  return c == 0x85 || c == 0x2028 ? 1 : c == 0x2029 ? 2 : 0;
}
// The end of the whitespace run that starts at `i`; `newlines` counts its line breaks.
std::size_t skip_spaces(std::string_view s, std::size_t i, int& newlines) {
  newlines = 0;
  while (i < s.size()) {
    const std::size_t n = space_length(s, i);
    if (n == 0) break;
    newlines += line_breaks(s, i);
    i += n;
  }
  return i;
}
// Full stops, question and exclamation marks beyond ASCII: ideographic and
// full-width forms, the one-dot leader, the double marks and the interrobang.
bool is_other_stop(char32_t c) { return c == 0x3002 || c == 0xFF0E || c == 0xFE52 || c == 0x2024 || c == 0xFF61; }
bool is_other_question(char32_t c) {
  return c == 0xFF1F || c == 0xFE56 || c == 0xFF01 || c == 0xFE57 || (c >= 0x203C && c <= 0x203D) ||
         (c >= 0x2047 && c <= 0x2049);
}

// Superscript digits, commas and dashes: citation markers in copied text
// ("effective.¹ʲ").
bool is_superscript(char32_t c) {
  return c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079) || c == 0x207B || c == 0x02D2;
}
// Closing quotes and brackets, and superscript markers: they stay with the
// sentence they close.
std::size_t closer_length(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  const CodePoint p = decode(s, i);
  const bool closer = p.cp == 0x201D || p.cp == 0x2019 || p.cp == 0x00BB || p.cp == 0x203A || is_superscript(p.cp);
  return closer ? p.len : 0;
}
// Opening quotes and brackets before the first word of a sentence.
std::size_t opener_length(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{') return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  const CodePoint p = decode(s, i);
  return p.cp == 0x201C || p.cp == 0x2018 || p.cp == 0x00AB || p.cp == 0x2039 || p.cp == 0x00BF || p.cp == 0x00A1
             ? p.len
             : 0;
}

// A citation marker ("[1]", "[2, 3]", "[3-5]") at s[i], at most one space in:
// returns its end, or i.
std::size_t skip_marker(std::string_view s, std::size_t i) {
  std::size_t j = i;
  if (j < s.size() && s[j] == ' ') ++j;
  if (j >= s.size() || s[j] != '[') return i;
  for (std::size_t k = j + 1; k < s.size() && k - j <= 40; ++k) {
    const char c = s[k];
    if (c == ']') return k > j + 1 ? k + 1 : i;
    if (!is_digit(c) && c != ',' && c != '-' && c != ' ' && static_cast<unsigned char>(c) < 0x80) return i;
  }
  return i;
}

bool starts_with_at(std::string_view s, std::size_t i, std::string_view w) { return s.substr(i, w.size()) == w; }

// Roman numerals ii..xx, I..XX as list enumerators.
constexpr std::array<std::string_view, 20> kRoman = {"i",    "ii",  "iii",  "iv",    "v",   "vi",   "vii",
                                                     "viii", "ix",  "x",    "xi",    "xii", "xiii", "xiv",
                                                     "xv",   "xvi", "xvii", "xviii", "xix", "xx"};

// Bytes at which something can happen; the rest are skipped.
constexpr std::array<bool, 256> kInteresting = [] {
  std::array<bool, 256> t{};
  for (const char c : {'.', '?', '!', '\n', '\r', ' ', ':', '\xC2', '\xE2', '\xE3', '\xEF'})
    t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// ---- Tokens -----------------------------------------------------------------

// What stands before a full stop.
enum class Left : std::uint8_t {
  kWord,        // a word or number: the full stop ends the sentence
  kPrefix,      // Dr., e.g., vs.: never ends one
  kNumber,      // No., p., Fig.: not before a number or identifier
  kTerminal,    // etc., t.i.d., mg., and unknown short abbreviations
  kInitial,     // J. in "J. Smith", L. in "Michael L. Parchman"
  kLetter,      // a designated letter: "vitamin D.", "drug B.", "5 L."
  kInitialism,  // U.S., E.U., U.S.A.
};

// What starts after a possible boundary.
enum class Right : std::uint8_t {
  kEnd,         // nothing but whitespace and closers
  kLower,       // a lower-case word
  kScientific,  // eGFR, mRNA, pH, p53, β-blockers, "n = 40"
  kUpper,       // a capitalised word
  kNumber,      // 5, $100, -3 °C
  kJoin,        // , ; : ) – — & and the like: the sentence goes on
  kOther,       // a list dash or bullet, a symbol
};

struct After {
  Right kind = Right::kEnd;
  std::size_t closers_end = 0;    // past the closers (quotes, brackets, markers)
  std::size_t next = 0;           // the first non-space after them
  bool quote_or_bracket = false;  // a closing quote or bracket among the closers
  bool space = false;             // whitespace before `next`
  bool blank_line = false;        // an empty line in that whitespace
  bool gap = false;               // a line break or three spaces in that whitespace
  std::string_view word;          // the first word at `next` (after opening quotes)
  std::size_t word_end = 0;
};

enum class Mark : std::uint8_t { kStop, kQuestion, kEllipsis };

// One run of the splitter over one text.
class Scanner {
 public:
  Scanner(const SentenceSplitter& splitter, std::string_view text) : sp_(splitter), t_(text) {}
  std::vector<TextRange> run();

 private:
  const SentenceSplitter& sp_;
  std::string_view t_;
  std::vector<std::size_t> starts_;  // where each sentence after the first starts
  std::size_t last_cut_ = 0;
  // Enumerated lists: full stops of enumerators (never boundaries) and the
  // item starts where a list run cuts; both sorted, consumed in order.
  std::vector<std::size_t> enum_dots_, item_cuts_;
  std::size_t next_dot_ = 0, next_item_ = 0;
  std::size_t search_budget_ = 0;  // bytes enumerator searches may still read
  // Lower-case words of the text, built on first use.
  std::optional<std::unordered_set<std::string_view>> lower_words_;
  // Capital letters A-Z that stand alone in the text without a full stop
  // ("Fragile X syndrome", "vitamin K is"), built on first use.
  std::optional<std::uint32_t> lone_letters_;

  void cut(std::size_t at);
  bool has_text_before(std::size_t at) const;
  std::size_t on_stop(std::size_t i);
  std::size_t on_question(std::size_t i);
  std::size_t on_mark(std::size_t i, std::size_t end, Mark mark);
  std::size_t on_ellipsis(std::size_t i, std::size_t end);
  std::size_t on_spaced_dots(std::size_t i);
  std::size_t on_break(std::size_t i);
  std::size_t on_multibyte(std::size_t i);
  enum class ListPlace : std::uint8_t { kTextStart, kSentenceStart, kAfterColon };
  void list_start(std::size_t at, ListPlace place);
  bool is_enum_dot(std::size_t i);
  bool decide(Left left, Mark mark, const After& a);
  bool no_space_cut(std::size_t mark_begin, const After& a) const;
  After after(std::size_t end) const;
  void classify(std::size_t at, After& a) const;
  // What stands left of the full stop at `dot`; `b` gets where its word begins.
  Left left_of(std::size_t dot, std::size_t& b);
  Left single_letter(std::size_t letter);
  bool stands_alone(char letter);
  bool is_opener(std::string_view word) const;
  bool seen_lower(std::string_view word);
  bool title_run(const After& a) const;
  bool is_identifier(const After& a) const;
};

void Scanner::cut(std::size_t at) {
  if (at <= last_cut_ || at >= t_.size() || !has_text_before(at)) return;
  starts_.push_back(at);
  last_cut_ = at;
  list_start(at, ListPlace::kSentenceStart);
}

bool Scanner::has_text_before(std::size_t at) const {
  for (std::size_t k = last_cut_; k < at;) {
    const std::size_t n = space_length(t_, k);
    if (n == 0) return true;
    k += n;
  }
  return false;
}

// ---- Tokens before a full stop ------------------------------------------------

Left Scanner::left_of(std::size_t dot, std::size_t& b) {
  constexpr std::size_t kMaxWord = 64;  // longer runs are words, not abbreviations
  b = dot;
  while (b > last_cut_ && dot - b <= kMaxWord) {
    const std::size_t p = previous_start(t_, b);
    if (t_[p] != '.' && !is_word_cp(decode(t_, p).cp)) break;
    b = p;
  }
  while (b < dot && t_[b] == '.') ++b;
  if (b == dot || dot - b > kMaxWord) return Left::kWord;
  const std::string_view w = t_.substr(b, dot - b);
  if (const auto kind = sp_.abbreviations().find(t_, b, dot)) {
    switch (*kind) {
      case AbbreviationKind::kPrefix: return Left::kPrefix;
      case AbbreviationKind::kNumber: return Left::kNumber;
      case AbbreviationKind::kTerminal: return Left::kTerminal;
    }
  }
  bool digits = true, lower = true, upper = true, vowel = false, dotted = false;
  for (const char c : w) {
    digits = digits && (is_digit(c) || c == '.');
    lower = lower && is_lower(c);
    upper = upper && (is_upper(c) || c == '.');
    vowel = vowel || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    dotted = dotted || c == '.';
  }
  if (digits) return Left::kWord;
  const CodePoint first = decode(t_, b);
  if (first.len == w.size()) return is_upper_cp(first.cp) ? single_letter(b) : Left::kTerminal;
  if (dotted) {
    // "U.S.", "E.U.", "U.S.A.": runs of one or two capitals; others
    // ("Ph.D.", "example.com") are abbreviations of unknown kind.
    bool initialism = upper;
    std::size_t run = 0;
    for (const char c : w) run = c == '.' ? 0 : run + 1, initialism = initialism && run <= 2;
    return initialism ? Left::kInitialism : Left::kTerminal;
  }
  // "mg", "wk", "hrs": short lower-case words without a vowel.
  if (lower && !vowel && w.size() <= 5) return Left::kTerminal;
  return Left::kWord;
}

// A capital letter before a full stop: an initial ("J. Smith", "Michael L.
// Parchman", "by J. Smith"), unless it designates something: after a
// designator or a lower-case word ("vitamin D.", "Hepatitis B.", "drug B."),
// a number ("5 L."), or another letter ("vitamins D and K."), or when the
// text uses the letter alone elsewhere ("Fragile X syndrome ... Fragile X.").
// After a designated letter the stop ends the sentence before a capitalised
// word or another opener, not before a lower-case word ("get C. difficile")
// or a value ("serum K. 3.2 mmol/L").
Left Scanner::single_letter(std::size_t letter) {
  if (t_[letter] != 'A' && t_[letter] != 'I' && stands_alone(t_[letter])) return Left::kLetter;
  std::size_t e = letter;
  while (e > last_cut_ && t_[e - 1] == ' ') --e;
  if (e == last_cut_) return Left::kInitial;  // a sentence's start
  if (e == letter) {
    // "(J. Smith", "“J. Smith"; but "mg/L.", "10^9/L.", "anti-A." are units and names.
    const char p = t_[letter - 1];
    return p == '/' || p == '^' || p == '-' || is_digit(p) ? Left::kLetter : Left::kInitial;
  }
  std::size_t b = e;
  while (b > last_cut_ && e - b < 32 && is_word_cp(decode(t_, previous_start(t_, b)).cp)) b = previous_start(t_, b);
  if (b == e) return Left::kInitial;  // after punctuation or another initial ("J. R. Smith")
  const std::string_view before = t_.substr(b, e - b);
  if (is_digit(before.back())) return Left::kLetter;
  std::string lower(before);
  for (char& c : lower) c = to_lower(c);
  if (sp_.words().designators.count(lower)) return Left::kLetter;
  if (is_lower(before.front()) && !sp_.words().openers.count(lower)) return Left::kLetter;
  if (lower == "and" || lower == "or") {
    // "D and K.": the word before "and" is a letter too.
    std::size_t k = b;
    while (k > last_cut_ && t_[k - 1] == ' ') --k;
    if (k > last_cut_ && t_[k - 1] == ',') --k;
    if (k > last_cut_ && is_upper(t_[k - 1]) &&
        (k - 1 == last_cut_ || !is_word_cp(decode(t_, previous_start(t_, k - 1)).cp))) {
      return Left::kLetter;
    }
  }
  return Left::kInitial;
}

bool Scanner::stands_alone(char letter) {
  if (!lone_letters_) {
    std::uint32_t mask = 0;
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (!is_upper(t_[i])) continue;
      const bool starts = i == 0 || !is_word_cp(decode(t_, previous_start(t_, i)).cp);
      const bool ends = i + 1 == t_.size() || (t_[i + 1] != '.' && !is_word_cp(decode(t_, i + 1).cp));
      if (starts && ends) mask |= 1u << (t_[i] - 'A');
    }
    lone_letters_ = mask;
  }
  return is_upper(letter) && (*lone_letters_ & (1u << (letter - 'A')));
}

// ---- Tokens after a possible boundary ------------------------------------------

After Scanner::after(std::size_t end) const {
  After a;
  std::size_t j = end;
  while (j < t_.size()) {
    if (const std::size_t n = closer_length(t_, j)) {
      j += n;
      a.quote_or_bracket = true;
    } else if (const std::size_t m = skip_marker(t_, j); m != j) {
      j = m;
    } else {
      break;
    }
  }
  a.closers_end = j;
  int newlines = 0;
  j = skip_spaces(t_, j, newlines);
  a.blank_line = newlines >= 2;
  a.space = j > a.closers_end;
  a.gap = newlines > 0 || t_.substr(a.closers_end, j - a.closers_end).find("   ") != std::string_view::npos;
  a.next = j;
  if (j == t_.size()) return a;  // kEnd
  classify(j, a);
  return a;
}

void Scanner::classify(std::size_t at, After& a) const {
  std::size_t i = at;
  while (i < t_.size()) {
    if (t_[i] == '[' && skip_marker(t_, i) != i) break;  // a marker is not an opening bracket
    const std::size_t n = opener_length(t_, i);
    if (n == 0) break;
    i += n;
  }
  if (i >= t_.size()) {
    a.kind = Right::kOther;
    return;
  }
  const char c = t_[i];
  const auto next_is_digit = [&](std::size_t k) { return k < t_.size() && is_digit(t_[k]); };
  // The word at i: letters and digits.
  std::size_t e = i;
  while (e < t_.size() && is_word_cp(decode(t_, e).cp)) e += decode(t_, e).len;
  a.word = t_.substr(i, e - i);
  a.word_end = e;
  if (is_digit(c) || ((c == '$' || c == '#' || c == '+' || c == '<' || c == '>' || c == '~') && next_is_digit(i + 1))) {
    a.kind = Right::kNumber;
  } else if (is_lower(c)) {
    // "n = 40", "p < 0.05": a statistic; "eGFR", "mRNA", "p53": scientific.
    std::size_t k = i + 1;
    while (k < t_.size() && t_[k] == ' ') ++k;
    const bool statistic = e == i + 1 && k < t_.size() &&
                           (t_[k] == '=' || t_[k] == '<' || t_[k] == '>' || starts_with_at(t_, k, "\u2264") ||
                            starts_with_at(t_, k, "\u2265"));
    bool inner = false;
    for (std::size_t m = i + 1; m < e; ++m) inner = inner || is_upper(t_[m]) || is_digit(t_[m]);
    a.kind = statistic || inner ? Right::kScientific : Right::kLower;
  } else if (is_upper(c)) {
    a.kind = Right::kUpper;
  } else if (c == '-') {
    a.kind = next_is_digit(i + 1)                    ? Right::kNumber
             : i + 1 < t_.size() && t_[i + 1] == ' ' ? Right::kOther
                                                     : Right::kJoin;
  } else if (c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '}' || c == '&' || c == '/' || c == '.' ||
             c == '!' || c == '?' || c == '%') {
    a.kind = Right::kJoin;
  } else if (static_cast<unsigned char>(c) < 0x80) {
    a.kind = Right::kOther;
  } else {
    const char32_t cp = decode(t_, i).cp;
    if (is_upper_cp(cp)) {
      a.kind = Right::kUpper;
    } else if (is_greek_lower(cp)) {
      a.kind = Right::kScientific;  // "β-blockers reduce ..."
    } else if (is_lower_cp(cp)) {
      a.kind = Right::kLower;
    } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2026) {
      a.kind = Right::kJoin;  // en and em dashes, an ellipsis
    } else {
      a.kind = Right::kOther;
    }
  }
}

bool Scanner::is_opener(std::string_view word) const {
  if (word.empty() || word.size() > 24) return false;
  std::string lower(word);
  for (char& c : lower) c = to_lower(c);
  return sp_.words().openers.count(lower) > 0;
}

// The word occurs elsewhere in the text in lower case: a common word,
// capitalised here because a sentence starts with it (Punkt's orthographic
// evidence).
bool Scanner::seen_lower(std::string_view word) {
  if (!lower_words_) {
    lower_words_.emplace();
    std::size_t i = 0;
    while (i < t_.size()) {
      if (is_lower(t_[i]) && (i == 0 || !is_word_cp(decode(t_, previous_start(t_, i)).cp))) {
        std::size_t e = i;
        while (e < t_.size() && is_lower(t_[e])) ++e;
        lower_words_->insert(t_.substr(i, e - i));
        i = e;
      } else {
        ++i;
      }
    }
  }
  std::string lower(word);
  for (char& c : lower) c = to_lower(c);
  return lower_words_->count(lower) > 0;
}

// "U.S. Food and Drug Administration", "U.S. Preventive Services": the
// capitalised word after an initialism goes on as a name.
bool Scanner::title_run(const After& a) const {
  std::size_t i = a.word_end;
  if (i >= t_.size() || t_[i] != ' ') return false;
  ++i;
  for (const std::string_view joiner : {"of ", "and ", "for ", "& ", "on "}) {
    if (starts_with_at(t_, i, joiner)) {
      i += joiner.size();
      break;
    }
  }
  return i < t_.size() && is_upper(t_[i]) &&
         !(t_[i] == 'I' && (i + 1 >= t_.size() || !is_word_cp(decode(t_, i + 1).cp)));
}

// After "Fig.", "No.", "Suppl.": "2A", "S1", "IV", or a letter that stands
// alone ("Fig. B)").
bool Scanner::is_identifier(const After& a) const {
  const std::string_view w = a.word;
  if (w.empty()) return false;
  if (std::any_of(w.begin(), w.end(), is_digit)) return true;
  if (w.size() >= 2 && w.find_first_not_of("IVXLC") == std::string_view::npos) return true;
  return w.size() == 1 && (a.word_end >= t_.size() || t_[a.word_end] != ' ');
}

// ---- Decisions ------------------------------------------------------------------

// A boundary without a space ("world.Today", "1,000.That"), as long as the
// text is not a web or e-mail address.
bool Scanner::no_space_cut(std::size_t mark_begin, const After& a) const {
  if (mark_begin == 0 || a.next + 1 >= t_.size()) return false;
  const char before = t_[mark_begin - 1];
  if (!is_lower(before) && !is_digit(before) && before != '%' && before != ')') return false;
  if (!is_upper(t_[a.next]) || !is_lower(t_[a.next + 1])) return false;
  std::size_t b = mark_begin;
  while (b > 0 && mark_begin - b < 256 && !is_space(t_[b - 1])) --b;
  std::size_t e = a.next;
  while (e < t_.size() && e - a.next < 256 && !is_space(t_[e])) ++e;
  const std::string_view token = t_.substr(b, e - b);
  return token.find('@') == std::string_view::npos && token.find("://") == std::string_view::npos &&
         token.find("www.") == std::string_view::npos;
}

bool Scanner::decide(Left left, Mark mark, const After& a) {
  if (a.kind == Right::kEnd || !a.space) return false;
  if (a.blank_line) return true;
  const bool opens = a.kind == Right::kUpper || a.kind == Right::kScientific || a.kind == Right::kOther;
  if (a.gap && (opens || a.kind == Right::kNumber)) return true;  // a new line or paragraph
  if (mark == Mark::kEllipsis) return opens;
  if (mark == Mark::kQuestion) return opens || a.kind == Right::kNumber;  // "Yahoo! in ..." goes on
  switch (left) {
    case Left::kWord:
      // "great.' she said" and "engineer.) at the" go on.
      return a.kind != Right::kJoin && !(a.kind == Right::kLower && a.quote_or_bracket);
    case Left::kPrefix: return false;
    case Left::kNumber: return opens && !(a.kind == Right::kUpper && is_identifier(a));
    case Left::kTerminal: return opens;
    case Left::kLetter: return opens;  // not before a value: "serum K. 3.2 mmol/L"
    case Left::kInitial:
      if (a.kind != Right::kUpper) return a.kind == Right::kScientific || a.kind == Right::kOther;
      return is_opener(a.word) || seen_lower(a.word);
    case Left::kInitialism:
      if (a.kind != Right::kUpper) return a.kind == Right::kScientific || a.kind == Right::kOther;
      if (is_opener(a.word)) return true;
      std::string lower(a.word);
      for (char& c : lower) c = to_lower(c);
      return !sp_.words().continuations.count(lower) && !title_run(a);
  }
  return true;
}

// ---- Candidates -----------------------------------------------------------------

bool Scanner::is_enum_dot(std::size_t i) {
  while (next_dot_ < enum_dots_.size() && enum_dots_[next_dot_] < i) ++next_dot_;
  return next_dot_ < enum_dots_.size() && enum_dots_[next_dot_] == i;
}

std::size_t Scanner::on_stop(std::size_t i) {
  std::size_t end = i + 1;
  while (end < t_.size() && t_[end] == '.') ++end;
  if (end - i >= 3) return on_ellipsis(i, end);
  if (end - i == 1 && end + 1 < t_.size() && t_[end] == ' ' && t_[end + 1] == '.') return on_spaced_dots(i);
  if (is_enum_dot(i)) return i + 1;
  if (i > 0 && is_digit(t_[i - 1]) && end < t_.size() && is_digit(t_[end])) return end;  // 38.5
  std::size_t word_begin = i;
  const Left left = left_of(i, word_begin);
  const After a = after(end);
  if (a.kind != Right::kEnd && !a.space) {
    if (left == Left::kWord && a.closers_end == end && no_space_cut(i, a)) cut(a.next);
    return std::max(end, a.closers_end);
  }
  if (decide(left, Mark::kStop, a)) cut(a.next);
  return a.next;
}

std::size_t Scanner::on_question(std::size_t i) {
  std::size_t end = i + 1;
  while (end < t_.size() && (t_[end] == '?' || t_[end] == '!' || t_[end] == '.')) ++end;
  return on_mark(i, end, Mark::kQuestion);
}

// A mark that no abbreviation ends with: "?", "!", "。", "．".
std::size_t Scanner::on_mark(std::size_t i, std::size_t end, Mark mark) {
  const After a = after(end);
  if (a.kind != Right::kEnd && !a.space) {
    if (a.closers_end == end && no_space_cut(i, a)) cut(a.next);
    return std::max(end, a.closers_end);
  }
  if (decide(Left::kWord, mark, a)) cut(a.next);
  return a.next;
}

// "...", "....", "…": an omission; it ends a sentence only before a
// capitalised word ("that.... She left"), not in "[...]" or "(...)".
std::size_t Scanner::on_ellipsis(std::size_t i, std::size_t end) {
  if (i > 0 && end < t_.size() && ((t_[i - 1] == '[' && t_[end] == ']') || (t_[i - 1] == '(' && t_[end] == ')'))) {
    return end + 1;
  }
  const After a = after(end);
  if (decide(Left::kWord, Mark::kEllipsis, a)) cut(a.next);
  return std::max(end, a.space ? a.next : a.closers_end);
}

// ". . ." and ". . . .": three spaced dots are an omission inside a
// sentence; four after a space end one ("a period . . . . Next"); a word's
// full stop followed by three ("compounds. . . . The") ends the sentence at
// the full stop, and the next one starts with the omission.
std::size_t Scanner::on_spaced_dots(std::size_t i) {
  std::size_t last = i;
  int dots = 1;
  while (last + 2 < t_.size() && t_[last + 1] == ' ' && t_[last + 2] == '.') last += 2, ++dots;
  const bool attached = i > 0 && !is_space(t_[i - 1]);
  if (dots == 2) return i + 1;  // ". ." is no ellipsis: read on from the second dot
  const After a = after(last + 1);
  if (attached && dots >= 4) {
    if (a.kind == Right::kUpper || a.kind == Right::kScientific || a.kind == Right::kOther) {
      if (a.space) cut(i + 2);
    }
    return std::max(last + 1, a.next);
  }
  if (dots == 3) {
    if (attached && decide(Left::kWord, Mark::kEllipsis, a)) cut(a.next);
    return std::max(last + 1, a.next);
  }
  if (decide(Left::kWord, Mark::kStop, a)) cut(a.next);
  return std::max(last + 1, a.next);
}

// A line break, or a gap of three spaces or more (MedlinePlus flattens
// paragraphs that way), ends a sentence before a capital, a number, a
// bullet or a quote; an empty line always does. "  - item" starts an item.
std::size_t Scanner::on_break(std::size_t i) {
  const bool newline = t_[i] == '\r' || line_breaks(t_, i) > 0;
  if (!newline) {
    if (i + 1 >= t_.size() || t_[i + 1] != ' ') return i + 1;
    std::size_t j = i;
    while (j < t_.size() && t_[j] == ' ') ++j;
    const bool dash = j + 1 < t_.size() && t_[j] == '-' && t_[j + 1] == ' ';
    if (dash) {
      cut(j);
      return j + 1;
    }
    if (j - i < 3 || (i > 0 && t_[i - 1] == ' ')) return j;
  }
  After a;
  a.closers_end = i;
  int newlines = 0;
  const std::size_t j = skip_spaces(t_, i, newlines);
  a.blank_line = newlines >= 2;
  if (j == t_.size()) return j;
  classify(j, a);
  if (a.blank_line || a.kind == Right::kUpper || a.kind == Right::kNumber || a.kind == Right::kScientific ||
      a.kind == Right::kOther) {
    cut(j);
  }
  return j;
}

// Multi-byte marks: "…", a bullet that starts a list item, a line or
// paragraph separator, and the full stops and question marks of other
// scripts and widths.
std::size_t Scanner::on_multibyte(std::size_t i) {
  const CodePoint p = decode(t_, i);
  if (p.cp == 0x2026) {
    std::size_t end = i + p.len;
    while (end < t_.size() && t_[end] == '.') ++end;
    return on_ellipsis(i, end);
  }
  if (is_other_stop(p.cp)) return on_mark(i, i + p.len, Mark::kStop);
  if (is_other_question(p.cp)) return on_mark(i, i + p.len, Mark::kQuestion);
  if (line_breaks(t_, i) > 0) return on_break(i);
  if (is_bullet(p.cp)) {
    if (i > 0 && is_space(t_[i - 1])) cut(i);
    std::size_t j = i + p.len;
    while (j < t_.size() && t_[j] == ' ') ++j;
    list_start(j, ListPlace::kSentenceStart);
  }
  return i + p.len;
}

// ---- Enumerated lists -------------------------------------------------------------

struct Enumerator {
  std::string_view value;  // "1", "b", "iv"
  std::string_view style;  // ".", ")" or ".)"
  std::size_t end = 0;     // past the style
};

std::optional<Enumerator> parse_enumerator(std::string_view t, std::size_t at) {
  std::size_t e = at;
  while (e < t.size() && e - at < 4 && (is_digit(t[e]) || is_lower(t[e]) || is_upper(t[e]))) ++e;
  if (e == at || e >= t.size()) return std::nullopt;
  const std::string_view value = t.substr(at, e - at);
  const bool number = std::all_of(value.begin(), value.end(), is_digit);
  std::string lower(value);
  for (char& c : lower) c = to_lower(c);
  const bool roman =
      std::find(kRoman.begin(), kRoman.end(), lower) != kRoman.end() &&
      (std::all_of(value.begin(), value.end(), is_lower) || std::all_of(value.begin(), value.end(), is_upper));
  if (!number && value.size() != 1 && !roman) return std::nullopt;
  if (number && value.size() > 3) return std::nullopt;
  std::string_view style = starts_with_at(t, e, ".)") ? ".)" : t[e] == '.' ? "." : t[e] == ')' ? ")" : "";
  if (style.empty()) return std::nullopt;
  const std::size_t end = e + style.size();
  if (end >= t.size() || !is_space(t[end])) return std::nullopt;
  return Enumerator{value, style, end};
}

// The values that follow `value` in a list: "2" after "1", "b" after "a",
// "ii" after "i" (or "j": both are tried).
std::vector<std::string> successors(std::string_view value) {
  std::vector<std::string> out;
  if (std::all_of(value.begin(), value.end(), is_digit)) {
    out.push_back(std::to_string(std::stoi(std::string(value)) + 1));
    return out;
  }
  const bool upper = is_upper(value[0]);
  std::string lower(value);
  for (char& c : lower) c = to_lower(c);
  const auto cased = [&](std::string s) {
    if (upper)
      std::transform(s.begin(), s.end(), s.begin(), [](char c) { return is_lower(c) ? static_cast<char>(c - 32) : c; });
    return s;
  };
  if (const auto it = std::find(kRoman.begin(), kRoman.end(), lower); it != kRoman.end() && it + 1 != kRoman.end()) {
    out.push_back(cased(std::string(*(it + 1))));
  }
  if (value.size() == 1 && lower[0] != 'z') out.push_back(cased(std::string(1, static_cast<char>(lower[0] + 1))));
  return out;
}

// At a place where a list may start (the text's start, a sentence's start,
// after a colon or a bullet): an enumerator's full stop ends nothing, and a
// run of consecutive enumerators ("1. ... 2. ... 3.") cuts before each item
// when the items are capitalised or the text starts with the list; after a
// colon, the lead-in ends before the first item.
void Scanner::list_start(std::size_t at, ListPlace place) {
  const bool text_start = place == ListPlace::kTextStart;
  if (std::binary_search(item_cuts_.begin(), item_cuts_.end(), at)) return;  // inside a run already
  auto e = parse_enumerator(t_, at);
  if (!e) return;
  // A letter starts a list item only before a capital: "a. The first item",
  // but "A. baumannii and B. fragilis" are genus initials.
  const auto capital_after = [&](const Enumerator& n) {
    std::size_t w = n.end;
    while (w < t_.size() && is_space(t_[w])) ++w;
    return w < t_.size() && is_upper_cp(decode(t_, w).cp);
  };
  if (!is_digit(e->value[0]) && !capital_after(*e)) return;
  const auto add = [](std::vector<std::size_t>& v, std::size_t pos) {
    v.insert(std::upper_bound(v.begin(), v.end(), pos), pos);
  };
  if (e->style[0] == '.') add(enum_dots_, e->end - e->style.size());
  while (search_budget_ > 0) {
    constexpr std::size_t kWindow = 2048;
    std::optional<std::size_t> found;
    std::optional<Enumerator> next;
    for (const std::string& v : successors(e->value)) {
      const std::string needle = v + std::string(e->style);
      const std::size_t limit = std::min(t_.size(), e->end + std::min(kWindow, search_budget_));
      std::size_t from = e->end;
      while (true) {
        const std::size_t q = t_.substr(0, limit).find(needle, from);
        if (q == std::string_view::npos) break;
        from = q + 1;
        const bool after_space = q > 0 && (is_space(t_[q - 1]) || is_bullet(decode(t_, previous_start(t_, q)).cp));
        if (after_space && (next = parse_enumerator(t_, q)) && next->value == v && next->style == e->style) {
          found = q;
          break;
        }
      }
      search_budget_ -= std::min(search_budget_, limit - e->end);
      if (found) break;
    }
    if (!found) return;
    // An item after a bullet is cut at its bullet.
    std::size_t k = *found;
    while (k > 0 && t_[k - 1] == ' ') --k;
    const bool bulleted = k > 0 && is_bullet(decode(t_, previous_start(t_, k)).cp);
    const bool upper = capital_after(*next);
    if (!is_digit(next->value[0]) && !upper) return;
    const bool cuts = !bulleted && (text_start || upper);
    if (cuts) add(item_cuts_, *found);
    if (next->style[0] == '.') add(enum_dots_, next->end - next->style.size());
    if (cuts && place == ListPlace::kAfterColon) {
      add(item_cuts_, at);
      place = ListPlace::kSentenceStart;
    }
    e = next;
  }
}

std::vector<TextRange> Scanner::run() {
  search_budget_ = 4 * t_.size() + 65536;
  std::size_t i = 0;
  while (i < t_.size() && space_length(t_, i) > 0) i += space_length(t_, i);
  list_start(i, ListPlace::kTextStart);
  while (i < t_.size()) {
    while (next_item_ < item_cuts_.size() && item_cuts_[next_item_] < i) ++next_item_;
    const std::size_t limit = next_item_ < item_cuts_.size() ? item_cuts_[next_item_] : t_.size();
    // Skip what cannot matter: uninteresting bytes, and single spaces (only
    // two or more spaces can end a sentence, in on_break).
    while (i < limit && (!kInteresting[static_cast<unsigned char>(t_[i])] ||
                         (t_[i] == ' ' && (i + 1 >= t_.size() || t_[i + 1] != ' ')))) {
      ++i;
    }
    if (i == limit) {
      if (i < t_.size()) cut(i), ++next_item_, ++i;
      continue;
    }
    switch (t_[i]) {
      case '.': i = on_stop(i); break;
      case '?':
      case '!': i = on_question(i); break;
      case ' ':
        if (i + 1 < t_.size() && t_[i + 1] == ' ') {
          i = on_break(i);
        } else {
          ++i;
        }
        break;
      case '\n':
      case '\r': i = on_break(i); break;
      case ':': {
        std::size_t j = i + 1;
        while (j < t_.size() && is_space(t_[j])) ++j;
        if (j > i + 1) list_start(j, ListPlace::kAfterColon);
        ++i;  // the gap after it may still cut ("include:   - item")
        break;
      }
      default: i = on_multibyte(i); break;
    }
  }
  std::vector<TextRange> out;
  if (!has_text_before(t_.size()) && starts_.empty()) return out;
  std::size_t begin = 0;
  for (const std::size_t s : starts_) {
    out.push_back({begin, s});
    begin = s;
  }
  out.push_back({begin, t_.size()});
  return out;
}

}  // namespace

TextRange trim(std::string_view text, TextRange r) {
  while (r.begin < r.end) {
    const std::size_t n = space_length(text, r.begin);
    if (n == 0 || r.begin + n > r.end) break;
    r.begin += n;
  }
  while (r.end > r.begin) {
    const std::size_t p = std::max(previous_start(text, r.end), r.begin);
    const std::size_t n = space_length(text, p);
    if (n == 0 || p + n != r.end) break;
    r.end = p;
  }
  return r;
}

std::vector<TextRange> SentenceSplitter::split(std::string_view text) const { return Scanner(*this, text).run(); }

std::vector<TextRange> split_sentences(std::string_view text) { return SentenceSplitter::bundled().split(text); }

}  // namespace medlint
