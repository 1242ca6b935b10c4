// FNV-1a: a small hash that is the same on every platform and release
// (unlike std::hash), for fingerprints and file names that must not change.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace medlint {

template <typename Word, Word kBasis, Word kPrime>
class Fnv1a {
 public:
  void add(unsigned char c) {
    h_ ^= c;
    h_ *= kPrime;
  }
  void add(std::string_view text) {
    for (const char c : text) add(static_cast<unsigned char>(c));
  }
  Word value() const { return h_; }
  // Lower-case hex, all the word's digits.
  std::string hex() const {
    std::string out(sizeof(Word) * 2, '0');
    Word h = h_;
    for (std::size_t i = out.size(); i-- > 0; h >>= 4) out[i] = "0123456789abcdef"[h & 15];
    return out;
  }

 private:
  Word h_ = kBasis;
};

using Fnv1a32 = Fnv1a<std::uint32_t, 2166136261u, 16777619u>;
using Fnv1a64 = Fnv1a<std::uint64_t, 0xcbf29ce484222325ull, 0x100000001b3ull>;

}  // namespace medlint
