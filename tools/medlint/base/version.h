#pragma once

#include <string_view>

namespace medlint {

// The project version, from CMake's project(VERSION).
std::string_view version();

}  // namespace medlint
