// The Retraction Watch CSV loader (issue 3, CIT009).
//
// One pass over the bytes: a small RFC 4180 reader hands out each record as
// string_views into the buffer (a quoted cell is unescaped only when it holds
// a doubled quote, and only for the few columns we keep). What it survives,
// because the real file has it: a UTF-8 byte order mark, CRLF or LF (or a
// lone CR) line ends, quoted cells with commas, doubled quotes and line
// breaks, a trailing comma in the header (an empty extra column), rows with
// fewer or more cells than the header, invalid UTF-8 and control characters
// in cells (bytes are never decoded; what we keep for messages is repaired
// with U+FFFD, controls become spaces), dates written
// "8/16/2023 0:00" or "2023-08-16", ';'-separated lists inside cells,
// PubMed id "0" (none) and DOI "unavailable" or empty (none). What it
// refuses, with the line: a quote that is never closed, or a quoted cell
// that runs over more lines than any real note, because either would
// swallow the rows after it and silently shorten the list.
#include "medlint/model/retraction_list.h"
#include "medlint/base/limits.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>

#include "medlint/base/file_io.h"
#include "medlint/model/identifiers.h"
#include "medlint/base/utf8.h"

namespace medlint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

// Header names compare case-insensitively, ignoring spaces and underscores:
// "Record ID", "RecordID" and "record_id" are one column.
std::string header_key(std::string_view name) {
  std::string key;
  for (const char c : name) {
    if (c != ' ' && c != '_' && c != '\t') key.push_back(ascii_lower(c));
  }
  return key;
}

// One cell of a record. `body` is the text between the delimiters, or between
// the quotes of a quoted cell; `tail` is anything after a closing quote and
// before the next delimiter (malformed, kept as text).
struct Cell {
  std::string_view body;
  std::string_view tail;
  bool has_doubled_quote = false;
};

// The cell's text; a view into the buffer unless it must be unescaped.
std::string_view cell_text(const Cell& cell, std::string& scratch) {
  if (!cell.has_doubled_quote && cell.tail.empty()) return cell.body;
  scratch.clear();
  for (std::size_t i = 0; i < cell.body.size(); ++i) {
    scratch.push_back(cell.body[i]);
    if (cell.has_doubled_quote && cell.body[i] == '"' && i + 1 < cell.body.size() && cell.body[i + 1] == '"') ++i;
  }
  scratch.append(cell.tail);
  return scratch;
}

// RFC 4180 records, leniently.
class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : text_(text) {}

  // Where the CSV went wrong ("line 12: ..."), or empty.
  const std::string& error() const { return error_; }

  // The next record's cells; false at the end of the input or at an error.
  bool next(std::vector<Cell>& cells) {
    cells.clear();
    if (pos_ >= text_.size() || !error_.empty()) return false;
    while (true) {
      cells.push_back(read_cell());
      if (!error_.empty()) return false;
      if (pos_ >= text_.size()) return true;
      const char c = text_[pos_];
      if (c == ',') {
        ++pos_;
        if (pos_ >= text_.size()) {  // "a,b," at the very end: one more, empty cell
          cells.emplace_back();
          return true;
        }
        continue;
      }
      // A line end: CRLF, LF or a lone CR.
      ++pos_;
      if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
      return true;
    }
  }

 private:
  Cell read_cell() {
    Cell cell;
    const std::size_t n = text_.size();
    if (pos_ < n && text_[pos_] == '"') {
      const std::size_t start = ++pos_;
      while (true) {
        const void* hit = std::memchr(text_.data() + pos_, '"', n - pos_);
        if (hit == nullptr) {
          error_ = "line " + std::to_string(line_of(start - 1)) +
                   ": a quoted cell is never closed, so every row after it would be lost";
          pos_ = n;
          return cell;
        }
        const std::size_t q = static_cast<std::size_t>(static_cast<const char*>(hit) - text_.data());
        if (q + 1 < n && text_[q + 1] == '"') {
          cell.has_doubled_quote = true;
          pos_ = q + 2;
          continue;
        }
        cell.body = text_.substr(start, q - start);
        pos_ = q + 1;
        if (std::count(cell.body.begin(), cell.body.end(), '\n') > kMaxLinesInCell) {
          error_ = "line " + std::to_string(line_of(start - 1)) + ": a quoted cell runs over more than " +
                   std::to_string(kMaxLinesInCell) + " lines (to line " + std::to_string(line_of(q)) +
                   "); a stray quote would swallow the rows in between";
          return cell;
        }
        break;
      }
      const std::size_t tail = pos_;
      while (pos_ < n && !is_delimiter(text_[pos_])) ++pos_;
      cell.tail = text_.substr(tail, pos_ - tail);
      return cell;
    }
    const std::size_t start = pos_;
    while (pos_ < n && !is_delimiter(text_[pos_])) ++pos_;
    cell.body = text_.substr(start, pos_ - start);
    return cell;
  }

  // ',', '\n' and '\r' end an unquoted cell; one table look-up per byte.
  static bool is_delimiter(char c) {
    static constexpr auto kTable = [] {
      std::array<bool, 256> t{};
      t[static_cast<unsigned char>(',')] = t[static_cast<unsigned char>('\n')] = t[static_cast<unsigned char>('\r')] =
          true;
      return t;
    }();
    return kTable[static_cast<unsigned char>(c)];
  }

  // Notes in the real file break over a few lines; more means a stray quote.
  static constexpr std::ptrdiff_t kMaxLinesInCell = 100;

  // The 1-based line of text_[offset] (counted only when reporting an error).
  std::size_t line_of(std::size_t offset) const {
    const std::string_view before = text_.substr(0, offset);
    return 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string error_;
};

// Calls f(item) for each trimmed, non-empty item of a ';'-separated list.
template <typename F>
void for_each_item(std::string_view list, F&& f) {
  while (true) {
    const std::size_t semi = list.find(';');
    const std::string_view item = trim(list.substr(0, semi));
    if (!item.empty()) f(item);
    if (semi == std::string_view::npos) return;
    list.remove_prefix(semi + 1);
  }
}

// Text kept for messages: invalid UTF-8 bytes become U+FFFD.
// Valid UTF-8 (U+FFFD for a bad byte) without control characters (a space):
// CSV text reaches CIT009's messages, and every output.
std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (true) {
    const auto bad = find_invalid_utf8(s);
    const std::string_view good = s.substr(0, bad.value_or(s.size()));
    for (const char c : good) out.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c);
    if (!bad) return out;
    out.append("\xEF\xBF\xBD");
    s.remove_prefix(*bad + 1);
  }
}

// "+Concerns/Issues About Data;+Duplication of Article;" -> "Concerns/Issues
// About Data; Duplication of Article" (the '+' is Retraction Watch's bullet).
std::string normalize_reason(std::string_view cell) {
  std::string out;
  for_each_item(cell, [&](std::string_view item) {
    if (item.starts_with('+')) item = trim(item.substr(1));
    if (item.empty()) return;
    if (!out.empty()) out += "; ";
    out.append(item);
  });
  return repair_utf8(out);
}

bool parse_uint(std::string_view s, int& out) {
  if (s.empty() || s.size() > 4) return false;
  out = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

std::optional<Date> make_date(int year, int month, int day) {
  const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{year, month, day};
}

// "8/16/2023 0:00", "8/16/2023", "2023-08-16", "2023-08-16 00:00:00" or
// "2023-08-16T00:00:00Z"; the time, if any, is ignored. Anything else, or a
// day that does not exist, is no date.
std::optional<Date> parse_date(std::string_view cell) {
  std::string_view s = trim(cell);
  const std::size_t time = s.find_first_of(" T");
  if (time != std::string_view::npos) s = s.substr(0, time);
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') return Date::parse(s);
  const std::size_t slash1 = s.find('/');
  if (slash1 == std::string_view::npos) return std::nullopt;
  const std::size_t slash2 = s.find('/', slash1 + 1);
  if (slash2 == std::string_view::npos) return std::nullopt;
  int month = 0, day = 0, year = 0;
  const std::string_view y = s.substr(slash2 + 1);
  if (slash1 > 2 || slash2 - slash1 - 1 > 2 || y.size() != 4 || !parse_uint(s.substr(0, slash1), month) ||
      !parse_uint(s.substr(slash1 + 1, slash2 - slash1 - 1), day) || !parse_uint(y, year)) {
    return std::nullopt;
  }
  return make_date(year, month, day);
}

RetractionList::Nature parse_nature(std::string_view cell) {
  const std::string_view s = trim(cell);
  using N = RetractionList::Nature;
  if (iequals(s, "Retraction")) return N::kRetraction;
  if (iequals(s, "Expression of concern")) return N::kExpressionOfConcern;
  if (iequals(s, "Correction")) return N::kCorrection;
  if (iequals(s, "Reinstatement")) return N::kReinstatement;
  return N::kOther;
}

// A PubMed id as digits without leading zeros; empty for "0", "" or junk.
std::string_view normalize_pmid(std::string_view item) {
  for (const char c : item) {
    if (c < '0' || c > '9') return {};
  }
  while (!item.empty() && item.front() == '0') item.remove_prefix(1);
  return item;
}

}  // namespace

Result<RetractionList> RetractionList::parse(std::string_view csv) {
  if (csv.starts_with(kBom)) csv.remove_prefix(kBom.size());
  CsvReader reader(csv);
  std::vector<Cell> cells;
  std::string scratch;

  // The header: find the columns by name; the first of a repeated name wins.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t col_doi = kNone, col_pmid = kNone, col_nature = kNone, col_date = kNone, col_record = kNone,
              col_reason = kNone;
  if (reader.next(cells)) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string key = header_key(trim(cell_text(cells[i], scratch)));
      std::size_t* slot = key == "originalpaperdoi"        ? &col_doi
                          : key == "originalpaperpubmedid" ? &col_pmid
                          : key == "retractionnature"      ? &col_nature
                          : key == "retractiondate"        ? &col_date
                          : key == "recordid"              ? &col_record
                          : key == "reason"                ? &col_reason
                                                           : nullptr;
      if (slot != nullptr && *slot == kNone) *slot = i;
    }
  }
  if (!reader.error().empty()) return Error{reader.error()};
  std::string missing;
  for (const auto& [col, name] : {std::pair{col_doi, "OriginalPaperDOI"}, std::pair{col_pmid, "OriginalPaperPubMedID"},
                                  std::pair{col_nature, "RetractionNature"}}) {
    if (col != kNone) continue;
    if (!missing.empty()) missing += ", ";
    missing += name;
  }
  if (!missing.empty()) {
    return Error{"line 1: the header lacks the column(s) " + missing +
                 " (expected the Retraction Watch CSV as Crossref publishes it)"};
  }

  RetractionList list;
  list.notices_.reserve(csv.size() / 512 + 16);
  list.by_doi_.reserve(csv.size() / 512 + 16);
  list.by_pmid_.reserve(csv.size() / 512 + 16);
  const auto cell = [&](std::size_t col) -> std::string_view {
    return col < cells.size() ? cell_text(cells[col], scratch) : std::string_view{};
  };
  std::string doi;
  const auto add = [&](auto& index, std::string key, std::uint32_t notice) {
    auto& ids = index[std::move(key)];
    if (ids.empty() || ids.back() != notice) ids.push_back(notice);
  };

  while (reader.next(cells)) {
    if (cells.size() == 1 && cells[0].body.empty() && cells[0].tail.empty()) continue;  // a blank line
    const auto notice = static_cast<std::uint32_t>(list.notices_.size());
    bool indexed = false;
    for_each_item(cell(col_doi), [&](std::string_view item) {
      if (iequals(item, "unavailable")) return;
      doi = normalize_doi(item);
      if (!doi.starts_with("10.")) return;  // "unavailable", "NA" and the like: no DOI
      add(list.by_doi_, doi, notice);
      indexed = true;
    });
    for_each_item(cell(col_pmid), [&](std::string_view item) {
      const std::string_view pmid = normalize_pmid(item);
      if (pmid.empty()) return;  // "0" means none
      add(list.by_pmid_, std::string(pmid), notice);
      indexed = true;
    });
    if (!indexed) continue;  // nothing to match a reference against
    Notice& n = list.notices_.emplace_back();
    n.nature = parse_nature(cell(col_nature));
    if (col_date != kNone) n.date = parse_date(cell(col_date));
    if (col_record != kNone) n.record_id = repair_utf8(trim(cell(col_record)));
    if (col_reason != kNone) n.reason = normalize_reason(cell(col_reason));
  }
  if (!reader.error().empty()) return Error{reader.error()};
  return list;
}

Result<RetractionList> RetractionList::load_file(const std::filesystem::path& path) {
  const ReadResult read = read_file(path, kMaxRetractionListBytes);
  if (read.status == ReadResult::Status::kTooLarge) return Error{"larger than 512 MiB"};
  if (read.status != ReadResult::Status::kOk) return Error{read.error.empty() ? "cannot read the file" : read.error};
  return parse(read.bytes);
}

std::optional<RetractionList::Status> RetractionList::by_doi(std::string_view doi) const {
  const auto it = by_doi_.find(std::string(doi));
  if (it == by_doi_.end()) return std::nullopt;
  return decide(it->second);
}

std::optional<RetractionList::Status> RetractionList::by_pmid(std::string_view pmid) const {
  const auto it = by_pmid_.find(std::string(pmid));
  if (it == by_pmid_.end()) return std::nullopt;
  return decide(it->second);
}

// The status of one paper from all its notices. The notices are taken in
// date order (undated notices last, as if they were the newest; ties and
// undated notices in file order), and each one in turn sets the status:
//   - Reinstatement: always (it undoes an earlier Retraction or Expression
//     of concern);
//   - Retraction: always;
//   - Expression of concern: unless the paper stands retracted (a concern
//     raised after a retraction does not lift it);
//   - Correction, or any other nature: unless the paper stands retracted or
//     under an expression of concern (a corrected retracted paper stays
//     retracted).
// The date, record id and reason are those of the notice that set the status.
std::optional<RetractionList::Status> RetractionList::decide(const std::vector<std::uint32_t>& notices) const {
  if (notices.empty()) return std::nullopt;
  std::vector<std::uint32_t> order(notices);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto& da = notices_[a].date;
    const auto& db = notices_[b].date;
    if (da && db) return *da < *db;
    return da.has_value() && !db.has_value();
  });
  const Notice* decided = nullptr;
  for (const std::uint32_t i : order) {
    const Notice& n = notices_[i];
    const bool retracted = decided && decided->nature == Nature::kRetraction;
    const bool concern = decided && decided->nature == Nature::kExpressionOfConcern;
    bool takes = true;
    switch (n.nature) {
      case Nature::kReinstatement:
      case Nature::kRetraction: takes = true; break;
      case Nature::kExpressionOfConcern: takes = !retracted; break;
      case Nature::kCorrection:
      case Nature::kOther: takes = !retracted && !concern; break;
    }
    if (takes) decided = &n;
  }
  return Status{decided->nature, decided->date, decided->record_id, decided->reason};
}

}  // namespace medlint
