// Reading and writing files safely. Reads never block (a FIFO or a device
// is refused, not opened for a blocking read); writes are atomic, never go
// through a symlink and never replace anything but a regular file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "medlint/base/result.h"

namespace medlint {

// What says that a file has not changed without reading it, as git's index
// and make do: which file it is, its size, and when its content and its
// inode last changed (nanoseconds). A write of any kind changes the change
// time, which only the kernel sets.
struct FileStamp {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::uint64_t size = 0;
  std::int64_t modified_ns = 0;
  std::int64_t changed_ns = 0;
  friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

// The stamp of a regular file (symlinks followed); nothing for anything else.
std::optional<FileStamp> stamp_file(const std::filesystem::path& path);

// A read has three outcomes (the bytes; too large, which is a finding and
// not an error; an error), so it is a struct of its own, not a Result.
struct ReadResult {
  enum class Status { kOk, kTooLarge, kError } status = Status::kError;
  std::string bytes;
  std::uintmax_t size = 0;  // file size, also when too large
  std::string error;        // e.g. "Permission denied", "not a regular file (a FIFO)"
  FileStamp stamp;          // read_file: the file's stamp before it was read
};

// Reads a regular file whole, unless it is larger than `max_size` bytes.
// Anything else (folder, FIFO, socket, device) is an error, found without
// waiting for a writer.
ReadResult read_file(const std::filesystem::path& path, std::uintmax_t max_size);

// Reads standard input whole (up to `max_size` bytes); an error when it is a
// folder, closed, or larger.
ReadResult read_stdin(std::uintmax_t max_size);

enum class WriteMode {
  kReplace,    // replace an existing regular file
  kCreateNew,  // refuse an existing file (`medlint new`)
};

// Writes `bytes` to `path` atomically: a new temporary file in the same
// folder (mkstemp: created with O_EXCL, so never through a planted link),
// fsync, then rename into place, so readers see the old file or the new one.
// Refuses a `path` that is a symlink or exists as anything but a regular
// file (a device, a FIFO, a folder). A replaced file keeps its permissions.
enum class Durability {
  kSynced,   // fsync each file before the rename
  kBatched,  // no fsync: the caller calls sync_file_system() once after a batch
             // of files (10 000 pages of the audit site: one flush, not 10 000)
};

Result<void> write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                                   WriteMode mode = WriteMode::kReplace, Durability durability = Durability::kSynced);

// Flushes the file system that holds `folder` (syncfs) after batched writes.
Result<void> sync_file_system(const std::filesystem::path& folder);

}  // namespace medlint
