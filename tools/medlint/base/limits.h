// How much medlint reads of each kind of file, in one place. A larger file
// is refused with a message (an article: JSON004), never read whole.
#pragma once

#include <cstdint>

namespace medlint {

inline constexpr std::uintmax_t kMiB = std::uintmax_t{1024} * 1024;

inline constexpr std::uintmax_t kDefaultMaxArticleBytes = 10 * kMiB;   // "maxFileSize" in medlint.json
inline constexpr std::uintmax_t kMaxConfigBytes = 1 * kMiB;            // medlint.json
inline constexpr std::uintmax_t kMaxSchemaBytes = 16 * kMiB;           // a custom article schema
inline constexpr std::uintmax_t kMaxRegistryBytes = 16 * kMiB;         // people.json, disclaimers.json (medlint new)
inline constexpr std::uintmax_t kMaxBaselineBytes = 256 * kMiB;        // a baseline file
inline constexpr std::uintmax_t kMaxRetractionListBytes = 512 * kMiB;  // the Retraction Watch CSV

}  // namespace medlint
