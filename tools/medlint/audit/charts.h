// Inline SVG charts drawn by medlint: horizontal bars and a histogram. Each
// has a title and a description for screen readers; the dashboard puts the
// same numbers in a table beside it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medlint::audit {

struct Bar {
  std::string label;
  std::size_t value = 0;
  std::string css;  // "bar-error", "bar-warning", "bar-ok", "bar-plain"
};

// One bar per row, the label left and the value right of the bar.
std::string bar_chart(std::string_view id, std::string_view title, const std::vector<Bar>& bars);

// Vertical bars over consecutive bins, labelled below; `limit` (a position on
// the same scale as the bins, in bin widths from the left) draws a dashed line
// with `limit_label`.
std::string histogram(std::string_view id, std::string_view title, const std::vector<Bar>& bins,
                      std::optional<double> limit, std::string_view limit_label);

}  // namespace medlint::audit
