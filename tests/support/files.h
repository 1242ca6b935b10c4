// File helpers shared by the tests.
#pragma once

#include <filesystem>
#include <string>

namespace medlint::testing {

std::string read_text(const std::filesystem::path& path);

// A fresh folder under the system temp dir, removed with the object; named
// after the running test so parallel ctest runs do not collide.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace medlint::testing
