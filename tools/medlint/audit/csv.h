// RFC 4180 CSV for the board's spreadsheets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medlint::audit::csv {

// One field: quoted when it holds a comma, a quote, CR or LF (quotes
// doubled). A text that starts with = + - @ (or a tab or CR, which some
// spreadsheets skip before them) is prefixed with ' so that a spreadsheet
// shows it as text and never runs it as a formula. Invalid UTF-8 becomes U+FFFD.
std::string field(std::string_view raw);
// A number needs no neutralising ("-3" days is a number, not a formula).
std::string number(long long value);
// Fields joined with commas, ended with CRLF.
std::string row(const std::vector<std::string>& fields);

}  // namespace medlint::audit::csv
