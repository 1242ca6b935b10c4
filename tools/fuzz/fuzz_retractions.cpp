// libFuzzer target: the Retraction Watch CSV. Loaded, or refused with the
// line where it went wrong; never a crash, a hang or a silent short list.
#include <cstddef>
#include <cstdint>
#include <string>

#include "medlint/model/retraction_list.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string csv = "Record ID,RetractionNature,OriginalPaperDOI,OriginalPaperPubMedID,RetractionDate,Reason\n";
  csv.append(reinterpret_cast<const char*>(data), size);
  const auto list = medlint::RetractionList::parse(csv);
  if (!list && !list.error().message.starts_with("line ")) __builtin_trap();
  if (list) (void)list->by_doi("10.5555/x");
  return 0;
}
