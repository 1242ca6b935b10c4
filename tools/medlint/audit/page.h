// The shell every page of the audit site shares: head, navigation, footer,
// the stylesheet and the small table script, and the severity badge (an
// icon and a word, never colour alone).
#pragma once

#include <string>
#include <string_view>

#include "medlint/base/date.h"
#include "medlint/model/finding.h"

namespace medlint::audit {

// `root` is the way back to the site's root from the page: "" or "../".
std::string page_start(std::string_view title, std::string_view root, const Date& today);
// Closes the page; `script`: add the table sort and filter script (inline,
// so the site needs no other file to work and still reads without it).
std::string page_end(bool script);

// The site's stylesheet (assets/medlint.css).
std::string_view stylesheet();

// "<span class="sev sev-error">✖ error</span>".
std::string severity_badge(Severity s);
// A link to the rule's page: "<a href="ROOT/rules/CIT001.html">CIT001</a>".
std::string rule_link(std::string_view code, std::string_view root);
// "12 %" or "n/a" when there is nothing to divide.
std::string percent(std::size_t part, std::size_t whole);

}  // namespace medlint::audit
