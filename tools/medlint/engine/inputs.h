// What the engine lints: the files found (by the driver's folder walk, git,
// or standard input) and the paths that could not be read.
#pragma once

#include <filesystem>
#include <string>

#include "medlint/model/file_kind.h"

namespace medlint {

struct FileInput {
  std::string display;         // the path as reported, e.g. "content/articles/x.json"
  std::filesystem::path path;  // where to read it
  FileKind kind = FileKind::kArticle;
};

// A path given or found that cannot be checked.
struct PathError {
  enum class Kind {
    kUnreadable,      // a file or folder that does not exist or cannot be read (MED002)
    kNothingToCheck,  // a folder without any *.json file, or a config named as an article
  };
  Kind kind = Kind::kUnreadable;
  std::string path;    // as shown, e.g. "content/articles/locked"
  std::string reason;  // e.g. "Permission denied"
  bool folder = false;
  // "cannot read folder 'content/articles/locked': Permission denied"
  std::string message() const;
};

}  // namespace medlint
