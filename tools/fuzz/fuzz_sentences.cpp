// libFuzzer target: the sentence splitter must survive any bytes, without
// crashing or hanging, and always partition the text (every byte in exactly
// one sentence, none of them blank).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "medlint/model/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t at = 0;
  for (const medlint::TextRange& r : medlint::split_sentences(text)) {
    const medlint::TextRange t = medlint::trim(text, r);
    if (r.begin != at || r.end <= r.begin || t.begin >= t.end) __builtin_trap();
    at = r.end;
  }
  if (at != 0 && at != size) __builtin_trap();
  return 0;
}
