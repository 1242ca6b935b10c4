// Include RapidJSON through this header only: every translation unit must
// see the same RAPIDJSON_ASSERT. A failed assertion (an accessor used on a
// value of another type) throws medlint::RapidJsonAssertion instead of
// aborting the process, and an assertion that holds costs one branch
// (valijson's own macro built a std::string from __FILE__ on every call).
#pragma once

#include <stdexcept>

namespace medlint {

struct RapidJsonAssertion : std::logic_error {
  using std::logic_error::logic_error;
};

// Throws RapidJsonAssertion naming the condition (load/json_document.cpp).
[[noreturn]] void rapidjson_assertion_failed(const char* condition);

}  // namespace medlint

#define RAPIDJSON_ASSERT(x) ((x) ? static_cast<void>(0) : ::medlint::rapidjson_assertion_failed(#x))

#include <rapidjson/document.h>
