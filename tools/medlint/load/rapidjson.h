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

// Strings and white space scanned 16 bytes at a time. SSE2 is in every
// x86-64 CPU. On a NUL-terminated string (Parse(const char*)) RapidJSON's
// string scan reads aligned blocks up to 15 bytes past the end: medlint
// parses only with a length (Parse(data, size), bounded reads) or, in
// JsonDocument::parse, a copy padded with 16 zero bytes.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2) && !defined(RAPIDJSON_SSE42)
#define RAPIDJSON_SSE2
#endif

#include <rapidjson/document.h>
