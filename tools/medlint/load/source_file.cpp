#include "medlint/load/source_file.h"

#include <algorithm>

#include "medlint/base/utf8.h"

namespace medlint {

SourceFile::SourceFile(std::string path, std::string bytes) : path_(std::move(path)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  const std::size_t n = bytes_.size();
  if (bytes_.find('\r') == std::string::npos) {
    // No carriage return (most files): memchr from one line feed to the next.
    for (std::size_t i = bytes_.find('\n'); i != std::string::npos; i = bytes_.find('\n', i + 1)) {
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (bytes_[i] == '\n') {
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    } else if (bytes_[i] == '\r') {
      if (i + 1 < n && bytes_[i + 1] == '\n') ++i;
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
}

// Editors do not show a byte order mark: the text after it is column 1.
std::uint32_t SourceFile::line_start(std::uint32_t line_index) const {
  const std::uint32_t start = line_starts_[line_index];
  if (line_index == 0 && bytes_.starts_with("\xEF\xBB\xBF"))
    return std::min<std::uint32_t>(3, static_cast<std::uint32_t>(size()));
  return start;
}

std::uint32_t SourceFile::code_points_before(std::uint32_t offset) const {
  if (code_points_before_.empty()) {
    code_points_before_.reserve(bytes_.size() / kBlock + 1);
    std::uint32_t count = 0;
    for (std::size_t b = 0; b < bytes_.size(); b += kBlock) {
      code_points_before_.push_back(count);
      count += static_cast<std::uint32_t>(count_code_points(std::string_view(bytes_).substr(b, kBlock)));
    }
    code_points_before_.push_back(count);
  }
  const std::uint32_t block = offset / kBlock;
  return code_points_before_[block] + static_cast<std::uint32_t>(count_code_points(std::string_view(bytes_).substr(
                                          std::size_t{block} * kBlock, offset % kBlock)));
}

Position SourceFile::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(bytes_.size()));
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index = static_cast<std::uint32_t>(it - line_starts_.begin() - 1);
  const std::uint32_t start = std::min(line_start(line_index), offset);
  // Counting a short line is cheapest; a long one uses the block counts.
  const std::uint32_t column =
      offset - start <= kBlock
          ? static_cast<std::uint32_t>(count_code_points(std::string_view(bytes_).substr(start, offset - start)))
          : code_points_before(offset) - code_points_before(start);
  return {line_index + 1, column + 1};
}

Excerpt SourceFile::excerpt(std::uint32_t begin) const {
  constexpr std::uint32_t kBefore = 40, kWidth = 160;  // code points
  Excerpt e;
  begin = std::min<std::uint32_t>(begin, static_cast<std::uint32_t>(size()));
  const Position at = position(begin);
  const std::string_view line = line_text(at.line);
  const auto line_begin = static_cast<std::uint32_t>(line.data() - bytes_.data());
  const auto line_end = static_cast<std::uint32_t>(line_begin + line.size());
  // A line that fits is shown whole.
  if (line.size() <= std::size_t{4} * kWidth && count_code_points(line) <= kWidth) {
    e.text.assign(line);
    e.first_column = 1;
    return e;
  }
  const auto is_lead = [&](std::uint32_t i) { return (static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80; };
  // Back at most kBefore code points, forward until kWidth in all.
  std::uint32_t b = std::max(std::min(begin, line_end), line_begin);
  std::uint32_t taken = 0;
  while (b > line_begin && taken < kBefore) {
    --b;
    if (is_lead(b)) ++taken;
  }
  while (b > line_begin && !is_lead(b)) --b;
  std::uint32_t e_end = std::max(b, std::min(begin, line_end));
  std::uint32_t width = taken;
  while (e_end < line_end && width < kWidth) {
    ++e_end;
    while (e_end < line_end && !is_lead(e_end)) ++e_end;
    ++width;
  }
  e.text.assign(bytes_, b, e_end - b);
  e.first_column = at.column - taken;
  e.cut_before = b > line_begin;
  e.cut_after = e_end < line_end;
  return e;
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::uint32_t start = line_starts_[line - 1];
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<std::uint32_t>(bytes_.size());
  while (end > start && (bytes_[end - 1] == '\n' || bytes_[end - 1] == '\r')) --end;
  if (line == 1 && bytes_.starts_with("\xEF\xBB\xBF")) return std::string_view(bytes_).substr(3, end - 3);
  return std::string_view(bytes_).substr(start, end - start);
}

}  // namespace medlint
