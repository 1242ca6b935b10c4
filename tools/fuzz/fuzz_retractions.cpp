// libFuzzer target: the Retraction Watch CSV. Loaded, or refused with the
// line where it went wrong; never a crash, a hang or a silent short list.
#include <cstddef>
#include <cstdint>
#include <string>

#include "medlint/model/retraction_list.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string csv = "Record ID,RetractionNature,OriginalPaperDOI,OriginalPaperPubMedID,RetractionDate,Reason\n";
  csv.append(reinterpret_cast<const char*>(data), size);
  std::string error;
  const auto list = medlint::RetractionList::parse(csv, error);
  if (!list && error.rfind("line ", 0) != 0) __builtin_trap();
  if (list) (void)list->by_doi("10.5555/x");
  return 0;
}
