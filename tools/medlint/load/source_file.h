// A file's bytes with a line index: turns byte offsets into 1-based
// line:column positions, columns counted in Unicode code points.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace medlint {

struct Position {
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based, in code points
  friend auto operator<=>(const Position&, const Position&) = default;
};

// Half-open byte range [begin, end) in a source file.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

// A window of one line around a span, to show where a finding is: a few
// dozen characters, however long the line (a minified article is one line).
struct Excerpt {
  std::string text;                // part of the span's first line, as bytes of the file
  std::uint32_t first_column = 0;  // the column of text's first code point; 0: no excerpt
  bool cut_before = false;         // the line goes on before `text`
  bool cut_after = false;          // and after it
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view text() const { return bytes_; }
  std::size_t size() const { return bytes_.size(); }

  // Line breaks are "\n", "\r\n" and a lone "\r", as editors count them.
  Position position(std::uint32_t offset) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }
  // The text of a 1-based line, without its line break.
  std::string_view line_text(std::uint32_t line) const;
  // The line around byte offset `begin`: whole if it has at most 160 code
  // points, else a window of 160 from up to 40 before `begin`.
  Excerpt excerpt(std::uint32_t begin) const;

 private:
  std::string path_;
  std::string bytes_;
  std::vector<std::uint32_t> line_starts_;
  // Code points before every kBlock-th byte, built on the first long line:
  // a column then costs at most kBlock steps, not the line's length.
  static constexpr std::uint32_t kBlock = 4096;
  mutable std::vector<std::uint32_t> code_points_before_;
  std::uint32_t code_points_before(std::uint32_t offset) const;
  std::uint32_t line_start(std::uint32_t line_index) const;
};

}  // namespace medlint
