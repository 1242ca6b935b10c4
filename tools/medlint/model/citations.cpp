#include "medlint/model/citations.h"

namespace medlint {
namespace {

class MarkerParser {
 public:
  explicit MarkerParser(std::string_view body) : s_(body) {}

  // Fills ids or returns the problem.
  std::string parse(std::vector<std::int64_t>& ids) {
    skip_spaces();
    if (at_end()) return "is empty";
    while (true) {
      std::int64_t first = 0;
      if (std::string p = number(first); !p.empty()) return p;
      skip_spaces();
      if (dash()) {
        skip_spaces();
        std::int64_t last = 0;
        if (std::string p = number(last); !p.empty()) return p;
        if (last <= first)
          return "has a range that does not go up (" + std::to_string(first) + "-" + std::to_string(last) + ")";
        if (last - first >= kMaxMarkerRange)
          return "has a range of more than " + std::to_string(kMaxMarkerRange) + " references";
        for (std::int64_t id = first; id <= last; ++id) ids.push_back(id);
        skip_spaces();
      } else {
        ids.push_back(first);
      }
      if (at_end()) return {};
      if (s_[i_] != ',') return "has \"" + std::string(s_.substr(i_, 1)) + "\" where a comma or the end was expected";
      ++i_;
      skip_spaces();
      if (at_end() || s_[i_] == ',') return "has an empty item between commas";
    }
  }

 private:
  bool at_end() const { return i_ >= s_.size(); }
  void skip_spaces() {
    while (!at_end() && s_[i_] == ' ') ++i_;
  }
  bool dash() {
    if (!at_end() && s_[i_] == '-') {
      ++i_;
      return true;
    }
    if (s_.substr(i_, 3) == "\u2013") {  // en dash
      i_ += 3;
      return true;
    }
    return false;
  }
  std::string number(std::int64_t& out) {
    const std::size_t b = i_;
    while (!at_end() && s_[i_] >= '0' && s_[i_] <= '9' && i_ - b < 9) out = out * 10 + (s_[i_++] - '0');
    if (i_ == b) {
      return at_end() ? "ends where a number was expected"
                      : "has \"" + std::string(s_.substr(i_, 1)) + "\" where a reference number was expected";
    }
    if (!at_end() && s_[i_] >= '0' && s_[i_] <= '9') return "has a number that is too long";
    if (out == 0) return "cites reference 0; references are numbered from 1";
    return {};
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::vector<Marker> find_markers(std::string_view text) {
  std::vector<Marker> out;
  std::size_t pos = 0;
  while ((pos = text.find('[', pos)) != std::string_view::npos) {
    Marker m;
    m.begin = pos;
    const std::size_t close = text.find_first_of("[]", pos + 1);
    if (close == std::string_view::npos || text[close] == '[') {
      m.end = close == std::string_view::npos ? text.size() : close;
      m.problem = "is not closed with \"]\"";
    } else {
      m.end = close + 1;
      m.problem = MarkerParser(text.substr(pos + 1, close - pos - 1)).parse(m.ids);
      if (!m.problem.empty()) m.ids.clear();
    }
    pos = m.end;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace medlint
