// File helpers shared by the tests.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace medlint::testing {

std::string read_text(const std::filesystem::path& path);

// A fresh folder under the system temp dir, removed with the object; named
// after the running test so parallel ctest runs do not collide.
// Runs `work` in a child process and says whether it ended, with exit code
// 0, within `limit` (the child is killed otherwise). For the tests of inputs
// that once hung or blew up: a regression fails the test, not the CI job.
bool finishes_within(std::chrono::seconds limit, const std::function<void()>& work);

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
