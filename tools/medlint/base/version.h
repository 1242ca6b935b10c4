#pragma once

#include <string_view>

namespace medlint {

// The project version, from CMake's project(VERSION).
std::string_view version();

// Where the docs live, ending in "/" (CMake option MEDLINT_DOCS_URL): rule
// pages are docs_url() + "tools/medlint/rules/<stem>.md".
std::string_view docs_url();

}  // namespace medlint
