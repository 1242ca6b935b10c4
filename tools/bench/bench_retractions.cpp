// Loading the Retraction Watch CSV (CIT009): 60 000 synthetic rows generated
// in memory, about the size of the real file (~1 KB a row: long titles,
// author and URL lists, notes with quoted commas, doubled quotes and line
// breaks). Target: well under a second in a release build.
#include <benchmark/benchmark.h>

#include <string>

#include "medlint/model/retraction_list.h"

namespace {

std::string synthetic_csv(int rows) {
  static const char* const kNatures[] = {"Retraction", "Retraction",   "Retraction", "Expression of concern",
                                         "Correction", "Reinstatement"};
  std::string csv =
      "Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,RetractionDate,"
      "RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,"
      "Reason,Paywalled,Notes,\r\n";
  csv.reserve(static_cast<std::size_t>(rows) * 1100);
  for (int i = 0; i < rows; ++i) {
    const std::string n = std::to_string(i);
    const std::string date =
        std::to_string(i % 12 + 1) + "/" + std::to_string(i % 28 + 1) + "/" + std::to_string(2000 + i % 25) + " 0:00";
    csv += std::to_string(900000 + i);
    csv += ",\"SYNTHETIC TEST RECORD " + n +
           " — not a real retraction: a long, fictional title about an imaginary intervention in an imaginary "
           "population, with \"\"quoted\"\" words\",";
    csv += "(BLS) Biology - Synthetic;(HSC) Medicine - Synthetic;(SOC) Synthetic Studies;,";
    csv +=
        "\"Department of Synthetic Records, Institute of Test Data, Nowhere City, Nowhere; Second Synthetic "
        "Institute, Elsewhere\",";
    csv += "Journal of Synthetic Test Records,Synthetic Publisher,Nowhere;Elsewhere,";
    csv += "Test Author A;Test Author B;Test Author C;Test Author D;Test Author E;Test Author F,";
    csv += "https://example.org/synthetic/notice/" + n + ";https://example.org/synthetic/paper/" + n + ",";
    csv += "Research Article;,";
    csv += date + ",10.5555/bench-notice-" + n + "," + (i % 3 == 0 ? "0" : std::to_string(99000000 + 2 * i)) + ",";
    csv += "1/1/2019 0:00,";
    csv += (i % 50 == 0 ? std::string("unavailable") : "10.5555/bench-" + std::to_string(i % 55000)) + ",";
    csv += (i % 4 == 0 ? std::string("0") : std::to_string(99000000 + 2 * i + 1)) + ",";
    csv += kNatures[i % 6];
    csv +=
        ",+Concerns/Issues About Data;+Concerns/Issues About Results;+Investigation by Journal/Publisher;"
        "+Synthetic Reason;,";
    csv += i % 2 ? "No," : "Yes,";
    csv +=
        "\"A synthetic note, with commas, \"\"quotes\"\" and\r\na line break, long enough to look like the real "
        "notes column that explains what happened to the paper in a sentence or two.\"\r\n";
  }
  return csv;
}

void BM_RetractionListParse(benchmark::State& state) {
  const std::string csv = synthetic_csv(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto list = medlint::RetractionList::parse(csv);
    if (!list) state.SkipWithError(list.error().message.c_str());
    benchmark::DoNotOptimize(list);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * csv.size()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
  state.counters["csv_MB"] = static_cast<double>(csv.size()) / 1e6;
}
BENCHMARK(BM_RetractionListParse)->Arg(60000)->Unit(benchmark::kMillisecond);

}  // namespace
