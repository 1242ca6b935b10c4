// Helpers shared by the disclaimer rules (DIS001-DIS004).
#pragma once

#include <charconv>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medlint {

// An attached disclaimer as written: "professional" or "professional@2".
struct DisclaimerRef {
  std::string_view id;               // before any '@'
  std::string_view pin;              // the text after '@', as written (empty: not pinned)
  std::optional<long long> version;  // the pin when it is a whole number (saturated on overflow)
};

inline DisclaimerRef split_disclaimer_ref(std::string_view s) {
  DisclaimerRef r;
  const std::size_t at = s.find('@');
  r.id = s.substr(0, at);
  if (at == std::string_view::npos) return r;
  const std::string_view digits = s.substr(at + 1);
  r.pin = digits;
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) return r;
  long long v = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec == std::errc::result_out_of_range)
    v = std::numeric_limits<long long>::max();
  else if (ec != std::errc() || end != digits.data() + digits.size())
    return r;
  r.version = v;
  return r;
}

// "a", "a and b", "a, b and c".
inline std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
    out += words[i];
  }
  return out;
}

}  // namespace medlint
