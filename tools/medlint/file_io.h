// Reading files with clear errors; medlint never writes content files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace medlint {

struct ReadResult {
  enum class Status { kOk, kTooLarge, kError } status = Status::kError;
  std::string bytes;
  std::uintmax_t size = 0;  // file size, also when too large
  std::string error;        // e.g. "Permission denied"
};

// Reads a regular file whole, unless it is larger than `max_size` bytes.
ReadResult read_file(const std::filesystem::path& path, std::uintmax_t max_size);

}  // namespace medlint
