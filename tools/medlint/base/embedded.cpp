#include "medlint/base/embedded.h"

#include <algorithm>

namespace medlint {

// Defined in the file that cmake/embed_files.cmake generates.
extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

std::span<const EmbeddedFile> embedded_files() { return {kEmbeddedFiles, kEmbeddedFileCount}; }

std::string_view embedded_file(std::string_view path) {
  for (const auto& f : embedded_files()) {
    if (f.path == path) return f.text;
  }
  return {};
}

}  // namespace medlint
