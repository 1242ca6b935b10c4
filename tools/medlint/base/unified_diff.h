// A unified diff (the format of `diff -u` and `git diff`, which `patch` and
// `git apply` read) between two texts, by lines: `medlint fix --dry-run`.
#pragma once

#include <string>
#include <string_view>

namespace medlint {

// The hunks that turn `before` into `after`, with `context` unchanged lines
// around each change, under "--- old_name" and "+++ new_name"; empty when
// the texts are equal. A last line without a newline is marked
// "\ No newline at end of file", as diff does. Lines are written as they
// are: the caller escapes them if it must.
std::string unified_diff(std::string_view before, std::string_view after, std::string_view old_name,
                         std::string_view new_name, std::size_t context = 3);

}  // namespace medlint
