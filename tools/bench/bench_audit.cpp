// The audit site over a generated corpus of fictional articles (target: 10 000
// articles written in seconds, memory bounded). Review statuses, dates and a
// few findings are spread so that every dashboard section has rows. Reports
// the peak resident set size as a counter.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "medlint/audit/audit_site.h"
#include "medlint/driver/file_walker.h"
#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"

namespace {

namespace fs = std::filesystem;

// One fictional article of about 9 KB: a guidelines and a research section
// of cited prose and a list, complete references (DOI test prefix 10.5555),
// a review history by the test registry's people. Every tenth article has an
// uncited claim, every seventh an old approval (overdue).
std::string article(int i) {
  const std::string id = "bench-article-" + std::to_string(i);
  std::string paragraphs;
  for (int p = 0; p < 5; ++p) {
    paragraphs +=
        std::string(p ? ",\n" : "") + R"(      {"type": "paragraph", "text": "The fictional condition number )" +
        std::to_string(p) +
        R"( is described in this made-up text for a benchmark [1]. A second fictional sentence repeats the idea with other words, e.g. at a dose of 5 mg per day [1]. Clinicians in this example monitor the fictional patient closely for 48 hours [2]."})";
  }
  const bool uncited = i % 10 == 0;
  const bool old = i % 7 == 0;
  const std::string day = std::to_string(2026) + "-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
  std::string history =
      R"({"status": "submitted", "date": ")" + (old ? std::string("2024-01-02") : day) + R"(", "by": "dr-example"})";
  std::string status = "submitted", notices = R"(["educational-only", "pending-review"])", reviewed;
  if (old) {
    history +=
        R"(, {"status": "under_review", "date": "2024-01-03", "by": "dr-reviewer"}, {"status": "approved", "date": "2024-01-10", "by": "dr-reviewer"})";
    status = "approved";
    notices = R"(["educational-only"])";
    reviewed = R"(, "reviewed": "2024-01-10")";
  } else if (i % 3 == 1) {
    history += R"(, {"status": "under_review", "date": ")" + day + R"(", "by": "dr-reviewer"})";
    status = "under_review";
  }
  return R"({
  "id": ")" +
         id + R"(",
  "title": "What is fictional benchmark condition )" +
         std::to_string(i) + R"(?",
  "audiences": ["clinician"],
  "authors": ["dr-example"],
  "dates": {"updated": ")" +
         (old ? std::string("2024-01-02") : day) + "\"" + reviewed + R"(},
  "review": {"status": ")" +
         status + R"(", "history": [)" + history + R"(]},
  "notices": )" +
         notices + R"(,
  "disclaimers": ["professional"],
  "sections": [
    {"kind": "guidelines", "heading": "From the Guidelines", "blocks": [
)" + paragraphs +
         R"(,
      {"type": "list", "lead": "Fictional features of the condition:", "items": ["A made-up sign [1]", "Another made-up sign [1])" +
         (uncited ? "\", \"An uncited fictional sign\"" : "\"") + R"(]}
    ]},
    {"kind": "research", "heading": "From the Research", "blocks": [
      {"type": "paragraph", "text": "A fictional trial found a made-up effect in 40 imaginary patients [3]. A fictional review agreed [3]."}
    ]},
    {"kind": "other", "heading": "About this page", "blocks": [{"type": "paragraph", "text": "A fictional text for a benchmark."}]}
  ],
  "references": [
    {"id": 1, "type": "guideline", "title": "A fictional guideline )" +
         std::to_string(i) + R"(", "source": "Fictional Society", "year": 2024, "doi": "10.5555/bench.)" +
         std::to_string(i) + R"(.1"},
    {"id": 2, "type": "guideline", "title": "Another fictional guideline )" +
         std::to_string(i) + R"(", "source": "Fictional College", "year": 2023, "doi": "10.5555/bench.)" +
         std::to_string(i) + R"(.2"},
    {"id": 3, "type": "rct", "title": "A fictional trial )" +
         std::to_string(i) + R"(", "source": "Journal of Fictional Results", "year": 2022, "doi": "10.5555/bench.)" +
         std::to_string(i) + R"(.3"}
  ]
}
)";
}

// A corpus of `n` articles under a temporary folder, made once per process.
fs::path corpus(int n) {
  const fs::path root = fs::temp_directory_path() / ("medlint-bench-audit-" + std::to_string(n));
  if (fs::exists(root / "done")) return root;
  fs::remove_all(root);
  fs::create_directories(root / "content/articles");
  fs::copy(MEDLINT_SOURCE_DIR "/tests/data/registry", root / "content/registry");
  for (int i = 0; i < n; ++i) {
    std::ofstream(root / "content/articles" / ("bench-article-" + std::to_string(i) + ".json"), std::ios::binary)
        << article(i);
  }
  std::ofstream(root / "done") << "";
  return root;
}

void BM_AuditSite(benchmark::State& state) {
  const fs::path root = corpus(static_cast<int>(state.range(0)));
  const fs::path previous = fs::current_path();
  fs::current_path(root);
  const medlint::Date today{2026, 11, 24};
  const medlint::Linter linter(medlint::all_rules(), medlint::SchemaSet::bundled(), medlint::Config{}, today);
  for (auto _ : state) {
    std::vector<medlint::FileInput> files;
    std::vector<medlint::PathError> errors;
    medlint::collect_files({"content"}, files, errors);
    const medlint::LintResult result = linter.run(std::move(files), errors);
    fs::remove_all("site");
    const auto written = medlint::audit::write_site({linter, result, {}, today}, "site");
    if (!written) state.SkipWithError(written.error().message.c_str());
  }
  fs::current_path(previous);
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_AuditSite)->Arg(10000)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

}  // namespace
