// Counted nouns for messages: "1 file", "3 files", "1 entry", "2 entries".
#pragma once

#include <string>
#include <string_view>

namespace medlint {

// `n` and the noun, singular for 1 (and -1), else `many` (default: one + "s").
inline std::string count_of(long long n, std::string_view one, std::string_view many = {}) {
  std::string out = std::to_string(n) + " ";
  if (n == 1 || n == -1) return out += one;
  if (many.empty()) return (out += one) += "s";
  return out += many;
}

}  // namespace medlint
