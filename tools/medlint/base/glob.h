// Glob patterns of medlint.json "overrides": which files an override applies to.
#pragma once

#include <string_view>

namespace medlint {

// Whether `path` (relative, '/'-separated, e.g. "content/articles/a.json")
// matches `pattern`:
//   *   any run of characters within one path segment (not '/')
//   ?   one character other than '/'
//   **  as a whole segment: zero or more segments ("**/a.json", "content/**")
// Everything else matches itself; a leading "./" is ignored. A pattern
// without '/' matches the file's name in any folder ("*.json"), as in
// .gitignore.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace medlint
