// Include RapidJSON through this header only: valijson's adapter must come
// first so that every translation unit sees the same RAPIDJSON_ASSERT (one
// that throws instead of aborting).
#pragma once

#include <valijson/adapters/rapidjson_adapter.hpp>

#include <rapidjson/document.h>
