#include "glob.h"

#include <vector>

namespace medlint {
namespace {

std::vector<std::string_view> split(std::string_view s) {
  std::vector<std::string_view> out;
  while (true) {
    const std::size_t slash = s.find('/');
    if (slash == std::string_view::npos) {
      out.push_back(s);
      return out;
    }
    if (slash > 0) out.push_back(s.substr(0, slash));  // "a//b" is "a/b"
    s.remove_prefix(slash + 1);
  }
}

// One segment against * and ?, backtracking to the last * only: linear
// in practice, O(n*m) at worst.
bool match_segment(std::string_view p, std::string_view s) {
  std::size_t pi = 0, si = 0;
  std::size_t star = std::string_view::npos, resume = 0;
  while (si < s.size()) {
    if (pi < p.size() && (p[pi] == '?' || p[pi] == s[si])) {
      ++pi;
      ++si;
    } else if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      resume = si;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      si = ++resume;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

bool match_segments(const std::vector<std::string_view>& p, std::size_t pi, const std::vector<std::string_view>& s,
                    std::size_t si) {
  while (pi < p.size()) {
    if (p[pi] == "**") {
      while (pi + 1 < p.size() && p[pi + 1] == "**") ++pi;  // "**/**" is "**"
      if (pi + 1 == p.size()) return true;                 // a trailing ** takes the rest
      for (std::size_t k = si; k < s.size(); ++k) {
        if (match_segments(p, pi + 1, s, k)) return true;
      }
      return false;
    }
    if (si == s.size() || !match_segment(p[pi], s[si])) return false;
    ++pi;
    ++si;
  }
  return si == s.size();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  while (pattern.starts_with("./")) pattern.remove_prefix(2);
  while (path.starts_with("./")) path.remove_prefix(2);
  if (pattern.empty() || path.empty()) return false;
  if (pattern.find('/') == std::string_view::npos) {
    const std::size_t slash = path.rfind('/');
    return match_segment(pattern, slash == std::string_view::npos ? path : path.substr(slash + 1));
  }
  if (pattern.front() == '/') pattern.remove_prefix(1);  // "/a.json": only at the top
  return match_segments(split(pattern), 0, split(path), 0);
}

}  // namespace medlint
