// SHA-256 (OpenSSL's libcrypto): the digests the cache keys its entries by.
// A cache entry is trusted when its key matches, so the key must be
// collision-resistant: a pull request must not be able to write an article
// whose digest equals another file's and inherit its verdict.
#pragma once

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "medlint/base/result.h"

namespace medlint {

using Digest = std::array<unsigned char, 32>;

std::string to_hex(const Digest& digest);

// Incremental: add() the parts, then digest(). Each part is framed by its
// length, so ("ab", "c") and ("a", "bc") differ.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  Sha256& add(std::string_view part);
  Sha256& add(const Digest& part) {
    return add(std::string_view(reinterpret_cast<const char*>(part.data()), part.size()));
  }
  Digest digest();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The digest of `bytes` alone (no framing): a file's content.
Digest sha256(std::string_view bytes);

// What tells this build of the program from any other, so that a cache
// written by another build is never read: the digest of its GNU build id
// (a hash of the linked program that the linker writes) when it has one,
// else of its whole file (/proc/self/exe).
Result<Digest> self_digest();

}  // namespace medlint
