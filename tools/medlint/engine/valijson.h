// valijson, for the schema stage only (schema_set.cpp, schema_prepare.cpp)
// and the tests that validate medlint's JSON outputs.
#pragma once

#include "medlint/load/rapidjson.h"

// valijson's adapter warns (#warning, which GCC 12 cannot silence) when
// RAPIDJSON_ASSERT is already defined, and would define its own otherwise.
// RapidJSON was read above with medlint's macro; hide it while the adapter
// is read, then restore it, so that all of RapidJSON's code is compiled with
// one RAPIDJSON_ASSERT in every translation unit.
#pragma push_macro("RAPIDJSON_ASSERT")
#undef RAPIDJSON_ASSERT
#include <valijson/adapters/rapidjson_adapter.hpp>
#undef RAPIDJSON_ASSERT
#pragma pop_macro("RAPIDJSON_ASSERT")
