// Files compiled into the binary at build time (cmake/embed_files.cmake):
// the bundled schemas and every rule's docs page.
#pragma once

#include <span>
#include <string_view>

namespace medlint {

struct EmbeddedFile {
  std::string_view path;  // relative to the repository root
  std::string_view text;
};

std::span<const EmbeddedFile> embedded_files();
// The text of an embedded file, or an empty view.
std::string_view embedded_file(std::string_view path);

}  // namespace medlint
