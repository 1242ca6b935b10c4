#include "medlint/base/glob.h"

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

// Pattern segments against path segments. Each (pattern, path) position is
// tried once, remembered in `failed`: "**/a/**/a/..." cannot backtrack
// exponentially; the cost is at most patterns x paths segment matches.
class SegmentMatcher {
 public:
  SegmentMatcher(const std::vector<std::string_view>& p, const std::vector<std::string_view>& s)
      : p_(p), s_(s), failed_((p.size() + 1) * (s.size() + 1), false) {}

  bool match(std::size_t pi, std::size_t si) {
    while (pi < p_.size()) {
      if (failed_[pi * (s_.size() + 1) + si]) return false;
      if (p_[pi] == "**") {
        while (pi + 1 < p_.size() && p_[pi + 1] == "**") ++pi;  // "**/**" is "**"
        if (pi + 1 == p_.size()) return true;                   // a trailing ** takes the rest
        for (std::size_t k = si; k < s_.size(); ++k) {
          if (match(pi + 1, k)) return true;
        }
        return fail(pi, si);
      }
      if (si == s_.size() || !match_segment(p_[pi], s_[si])) return fail(pi, si);
      ++pi;
      ++si;
    }
    return si == s_.size();
  }

 private:
  bool fail(std::size_t pi, std::size_t si) {
    failed_[pi * (s_.size() + 1) + si] = true;
    return false;
  }
  const std::vector<std::string_view>& p_;
  const std::vector<std::string_view>& s_;
  std::vector<bool> failed_;
};

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
  const std::vector<std::string_view> p = split(pattern);
  const std::vector<std::string_view> s = split(path);
  return SegmentMatcher(p, s).match(0, 0);
}

}  // namespace medlint
