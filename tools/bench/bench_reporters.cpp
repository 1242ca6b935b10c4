// The reporters over a large result: the bundled article's findings repeated
// for 200 files (about 5800 findings), written in each format.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "medlint/engine/linter.h"
#include "medlint/report/reporters.h"
#include "medlint/rules/rules.h"

namespace {

const medlint::LintResult& big_result() {
  static const medlint::LintResult result = [] {
    std::ifstream in(MEDLINT_SOURCE_DIR "/content/articles/neuroleptic-malignant-syndrome.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const medlint::Linter linter(medlint::all_rules(), medlint::SchemaSet::bundled(), medlint::Config{},
                                 medlint::Date{2026, 11, 24});
    std::vector<medlint::FileOutcome> outcomes;
    for (int i = 0; i < 200; ++i) {
      const medlint::SourceFile source("content/articles/n" + std::to_string(i) + "/nms.json", text.str());
      outcomes.push_back(linter.lint_source(source, medlint::FileKind::kArticle));
    }
    return linter.finish(std::move(outcomes));
  }();
  return result;
}

template <class Write>
void run(benchmark::State& state, const Write& write) {
  const medlint::LintResult& result = big_result();
  medlint::ReportOptions options;
  options.today = medlint::Date{2026, 11, 24};
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::ostringstream out;
    write(out, result, options);
    bytes += out.str().size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * result.findings.size()));
}

void BM_ReportText(benchmark::State& state) { run(state, medlint::write_text); }
void BM_ReportJson(benchmark::State& state) { run(state, medlint::write_json); }
void BM_ReportJunit(benchmark::State& state) { run(state, medlint::write_junit); }
void BM_ReportGithub(benchmark::State& state) { run(state, medlint::write_github); }
void BM_ReportSarif(benchmark::State& state) {
  static const auto rules = medlint::all_rules();
  run(state, [&](std::ostream& out, const medlint::LintResult& r, const medlint::ReportOptions& o) {
    medlint::write_sarif(out, r, rules, o);
  });
}
BENCHMARK(BM_ReportText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportSarif)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportJunit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportGithub)->Unit(benchmark::kMillisecond);

}  // namespace
