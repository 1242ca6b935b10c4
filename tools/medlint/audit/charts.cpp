#include "medlint/audit/charts.h"

#include <algorithm>
#include <cstdio>

#include "medlint/audit/html.h"

namespace medlint::audit {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string description(const std::vector<Bar>& bars) {
  std::string out;
  for (const Bar& b : bars) {
    if (!out.empty()) out += "; ";
    out += b.label + ": " + std::to_string(b.value);
  }
  return out.empty() ? "No data." : out + ".";
}

std::string svg_start(std::string_view id, std::string_view title, const std::vector<Bar>& bars, int width,
                      int height) {
  const std::string i = html::escape(id);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(width) + " " +
         std::to_string(height) + "\" role=\"img\" aria-labelledby=\"" + i + "-t " + i + "-d\"><title id=\"" + i +
         "-t\">" + html::escape(title) + "</title><desc id=\"" + i + "-d\">" + html::escape(description(bars)) +
         "</desc>";
}

}  // namespace

std::string bar_chart(std::string_view id, std::string_view title, const std::vector<Bar>& bars) {
  constexpr int kWidth = 560, kLabel = 190, kRow = 28, kBarRoom = 300;
  std::size_t most = 1;
  for (const Bar& b : bars) most = std::max(most, b.value);
  const int height = static_cast<int>(std::max<std::size_t>(bars.size(), 1)) * kRow + 8;
  std::string out = "<figure>" + svg_start(id, title, bars, kWidth, height);
  for (std::size_t r = 0; r < bars.size(); ++r) {
    const Bar& b = bars[r];
    const double y = 4 + static_cast<double>(r) * kRow;
    const double w =
        b.value == 0 ? 0 : std::max(2.0, static_cast<double>(b.value) * kBarRoom / static_cast<double>(most));
    out += "<text class=\"chart-text\" x=\"" + std::to_string(kLabel - 8) + "\" y=\"" + num(y + 17) +
           "\" text-anchor=\"end\">" + html::escape(b.label) + "</text>";
    out += "<rect class=\"" + html::escape(b.css) + "\" x=\"" + std::to_string(kLabel) + "\" y=\"" + num(y + 3) +
           "\" width=\"" + num(w) + "\" height=\"20\" rx=\"2\"/>";
    out += "<text class=\"chart-text\" x=\"" + num(kLabel + w + 6) + "\" y=\"" + num(y + 17) + "\">" +
           std::to_string(b.value) + "</text>";
  }
  out += "</svg><figcaption>" + html::escape(title) + "</figcaption></figure>\n";
  return out;
}

std::string histogram(std::string_view id, std::string_view title, const std::vector<Bar>& bins,
                      std::optional<double> limit, std::string_view limit_label) {
  constexpr int kWidth = 560, kHeight = 240, kLeft = 40, kBottom = 190, kTop = 30;
  std::size_t most = 1;
  for (const Bar& b : bins) most = std::max(most, b.value);
  const double slot = bins.empty() ? 1 : static_cast<double>(kWidth - kLeft - 10) / static_cast<double>(bins.size());
  std::string out = "<figure>" + svg_start(id, title, bins, kWidth, kHeight);
  out += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(kBottom) + "\" x2=\"" +
         std::to_string(kWidth - 10) + "\" y2=\"" + std::to_string(kBottom) + "\" stroke=\"#555\"/>";
  out += "<text class=\"chart-text\" x=\"" + std::to_string(kLeft - 6) + "\" y=\"" + std::to_string(kTop + 4) +
         "\" text-anchor=\"end\">" + std::to_string(most) + "</text>";
  out += "<text class=\"chart-text\" x=\"" + std::to_string(kLeft - 6) + "\" y=\"" + std::to_string(kBottom) +
         "\" text-anchor=\"end\">0</text>";
  for (std::size_t i = 0; i < bins.size(); ++i) {
    const Bar& b = bins[i];
    const double h = static_cast<double>(b.value) * (kBottom - kTop) / static_cast<double>(most);
    const double x = kLeft + static_cast<double>(i) * slot;
    out += "<rect class=\"" + html::escape(b.css) + "\" x=\"" + num(x + 2) + "\" y=\"" + num(kBottom - h) +
           "\" width=\"" + num(std::max(1.0, slot - 4)) + "\" height=\"" + num(h) + "\"/>";
    if (b.value > 0) {
      out += "<text class=\"chart-text\" x=\"" + num(x + slot / 2) + "\" y=\"" + num(kBottom - h - 4) +
             "\" text-anchor=\"middle\">" + std::to_string(b.value) + "</text>";
    }
    out += "<text class=\"chart-text\" x=\"" + num(x + slot / 2) + "\" y=\"" + std::to_string(kBottom + 16) +
           "\" text-anchor=\"middle\">" + html::escape(b.label) + "</text>";
  }
  if (limit) {
    const double x = kLeft + *limit * slot;
    out += "<line class=\"limit\" x1=\"" + num(x) + "\" y1=\"" + std::to_string(kTop - 14) + "\" x2=\"" + num(x) +
           "\" y2=\"" + std::to_string(kBottom) + "\"/>";
    out += "<text class=\"chart-text\" x=\"" + num(x + 4) + "\" y=\"" + std::to_string(kTop - 18) +
           "\" text-anchor=\"" + (x > kWidth / 2.0 ? "end" : "start") + "\">" + html::escape(limit_label) + "</text>";
  }
  out += "<text class=\"chart-text\" x=\"" + std::to_string((kWidth + kLeft) / 2) + "\" y=\"" +
         std::to_string(kHeight - 8) +
         "\" text-anchor=\"middle\">days since last review (each bar starts at its number)</text>";
  out += "</svg><figcaption>" + html::escape(title) + "</figcaption></figure>\n";
  return out;
}

}  // namespace medlint::audit
