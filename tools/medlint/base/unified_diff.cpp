#include "medlint/base/unified_diff.h"

#include <algorithm>
#include <vector>

namespace medlint {
namespace {

// The lines of `text`, each with its newline (the last may lack one).
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t nl = text.find('\n', at);
    const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    out.push_back(text.substr(at, end - at));
    at = end;
  }
  return out;
}

enum class Op : char { kKeep = ' ', kDelete = '-', kInsert = '+' };

// The shortest edit script from a to b (Myers' O(ND) algorithm), as one op
// per line of the result, in order.
std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const auto n = static_cast<long>(a.size());
  const auto m = static_cast<long>(b.size());
  const long max = n + m;
  std::vector<long> v(static_cast<std::size_t>(2 * max + 2), 0);
  std::vector<std::vector<long>> trace;
  const auto at = [&](long k) -> long& { return v[static_cast<std::size_t>(k + max + 1)]; };
  for (long d = 0; d <= max; ++d) {
    trace.push_back(v);
    bool done = false;
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    if (done) break;
  }
  // Walk the trace back from (n, m).
  std::vector<Op> ops;
  long x = n;
  long y = m;
  for (auto d = static_cast<long>(trace.size()) - 1; d >= 0; --d) {
    const std::vector<long>& before = trace[static_cast<std::size_t>(d)];
    const auto was = [&](long k) { return before[static_cast<std::size_t>(k + max + 1)]; };
    const long k = x - y;
    const long prev_k = (k == -d || (k != d && was(k - 1) < was(k + 1))) ? k + 1 : k - 1;
    const long prev_x = was(prev_k);
    const long prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) {
      ops.push_back(Op::kKeep);
      --x, --y;
    }
    if (d > 0) ops.push_back(x == prev_x ? Op::kInsert : Op::kDelete);
    x = prev_x;
    y = prev_y;
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

void write_line(std::string& out, char sign, std::string_view line) {
  out += sign;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

// "3,4" for a range of 4 lines starting at line 3; "3" for one; "2,0" empty.
std::string range(std::size_t start, std::size_t count) {
  if (count == 1) return std::to_string(start);
  return std::to_string(count == 0 ? start - 1 : start) + "," + std::to_string(count);
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, std::string_view old_name,
                         std::string_view new_name, std::size_t context) {
  if (before == after) return {};
  const std::vector<std::string_view> a = lines_of(before);
  const std::vector<std::string_view> b = lines_of(after);
  const std::vector<Op> ops = edit_script(a, b);
  std::string out = "--- " + std::string(old_name) + "\n+++ " + std::string(new_name) + "\n";
  std::size_t i = 0;
  while (i < ops.size()) {
    if (ops[i] == Op::kKeep) {
      ++i;
      continue;
    }
    // A hunk: from `context` kept lines before this change to `context`
    // after the last change that lies within 2 * context of the next.
    std::size_t start = i >= context ? i - context : 0;
    while (start < i && ops[start] != Op::kKeep) ++start;
    std::size_t end = i;
    for (std::size_t keep = 0; end < ops.size() && keep <= 2 * context; ++end) {
      keep = ops[end] == Op::kKeep ? keep + 1 : 0;
    }
    while (end > i && ops[end - 1] == Op::kKeep) --end;
    end = std::min(ops.size(), end + context);
    // Line numbers where the hunk starts in each text.
    std::size_t line_a = 1;
    std::size_t line_b = 1;
    for (std::size_t k = 0; k < start; ++k) {
      if (ops[k] != Op::kInsert) ++line_a;
      if (ops[k] != Op::kDelete) ++line_b;
    }
    std::size_t count_a = 0;
    std::size_t count_b = 0;
    for (std::size_t k = start; k < end; ++k) {
      if (ops[k] != Op::kInsert) ++count_a;
      if (ops[k] != Op::kDelete) ++count_b;
    }
    out += "@@ -" + range(line_a, count_a) + " +" + range(line_b, count_b) + " @@\n";
    std::size_t ia = line_a - 1;
    std::size_t ib = line_b - 1;
    for (std::size_t k = start; k < end; ++k) {
      if (ops[k] == Op::kKeep) {
        write_line(out, ' ', a[ia++]);
        ++ib;
      } else if (ops[k] == Op::kDelete) {
        write_line(out, '-', a[ia++]);
      } else {
        write_line(out, '+', b[ib++]);
      }
    }
    i = end;
  }
  return out;
}

}  // namespace medlint
