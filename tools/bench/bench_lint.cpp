// Micro-benchmarks of the per-file pipeline (speed targets live here, never
// in unit tests): load + position map, schema validation, the whole lint.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"

namespace {

std::string read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The bundled article: it breaks the schema on purpose (the fast path hands it to valijson).
std::string nms_article() { return read(MEDLINT_SOURCE_DIR "/content/articles/neuroleptic-malignant-syndrome.json"); }

// An article that passes the schema: what most of a corpus is.
std::string valid_article() { return read(MEDLINT_SOURCE_DIR "/tests/cli/inputs/articles/clean-article.json"); }

// The schema stage on a valid article: the fast path's proof, or valijson.
void BM_ValidateValid(benchmark::State& state, medlint::SchemaSet::SchemaPath path) {
  const std::string text = valid_article();
  const auto schemas = medlint::SchemaSet::bundled();
  const auto doc = medlint::JsonDocument::parse(text);
  if (!schemas->validate(medlint::SchemaKind::kArticle, doc, path).empty()) state.SkipWithError("not valid");
  for (auto _ : state) benchmark::DoNotOptimize(schemas->validate(medlint::SchemaKind::kArticle, doc, path));
}
BENCHMARK_CAPTURE(BM_ValidateValid, fast_path, medlint::SchemaSet::SchemaPath::kFast);
BENCHMARK_CAPTURE(BM_ValidateValid, valijson, medlint::SchemaSet::SchemaPath::kValijson);

void BM_Load(benchmark::State& state) {
  const std::string text = nms_article();
  for (auto _ : state) benchmark::DoNotOptimize(medlint::JsonDocument::parse(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Load);

void BM_Validate(benchmark::State& state) {
  const std::string text = nms_article();
  const auto schemas = medlint::SchemaSet::bundled();
  const auto doc = medlint::JsonDocument::parse(text);
  for (auto _ : state) benchmark::DoNotOptimize(schemas->validate(medlint::SchemaKind::kArticle, doc));
}
BENCHMARK(BM_Validate);

void BM_LintArticle(benchmark::State& state) {
  const medlint::SourceFile source("neuroleptic-malignant-syndrome.json", nms_article());
  const medlint::Linter linter(medlint::all_rules(), medlint::SchemaSet::bundled(), medlint::Config{},
                               medlint::Date{2026, 11, 24});
  for (auto _ : state) benchmark::DoNotOptimize(linter.lint_source(source, medlint::FileKind::kArticle));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LintArticle);

}  // namespace

BENCHMARK_MAIN();
