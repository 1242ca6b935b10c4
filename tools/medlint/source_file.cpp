#include "source_file.h"

#include <algorithm>

#include "utf8.h"

namespace medlint {

SourceFile::SourceFile(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  const std::size_t n = bytes_.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (bytes_[i] == '\n') {
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    } else if (bytes_[i] == '\r') {
      if (i + 1 < n && bytes_[i + 1] == '\n') ++i;
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
}

Position SourceFile::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(bytes_.size()));
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index = static_cast<std::uint32_t>(it - line_starts_.begin() - 1);
  std::uint32_t start = line_starts_[line_index];
  // Editors do not show a byte order mark: the text after it is column 1.
  if (line_index == 0 && bytes_.starts_with("\xEF\xBB\xBF")) start = std::min<std::uint32_t>(offset, 3);
  const std::string_view before(bytes_.data() + start, offset - start);
  return {line_index + 1, static_cast<std::uint32_t>(count_code_points(before) + 1)};
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
