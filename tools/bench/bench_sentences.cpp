// The sentence splitter (CIT001's claims): throughput in bytes per second
// over real clinical prose, the 981 MedlinePlus documents of MedQuAD
// (../shared, skipped when absent), and over the prose of the bundled NMS
// article. Compare before and after a change to the splitter; a regression
// of more than 10% needs a reason.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "medlint/model/article.h"
#include "medlint/model/sentences.h"

namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every <Answer> of the corpus, or none when ../shared is absent.
const std::vector<std::string>& corpus_answers() {
  static const std::vector<std::string> answers = [] {
    std::vector<std::string> out;
    const fs::path dir =
        fs::path(MEDLINT_SOURCE_DIR) / "../shared/corpora/medquad-medlineplus/4_MPlus_Health_Topics_QA";
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      const std::string xml = read(f);
      for (std::size_t b = xml.find("<Answer>"); b != std::string::npos; b = xml.find("<Answer>", b + 1)) {
        const std::size_t e = xml.find("</Answer>", b);
        if (e == std::string::npos) break;
        out.push_back(xml.substr(b + 8, e - b - 8));
      }
    }
    return out;
  }();
  return answers;
}

// The prose blocks (paragraphs, list leads and items) of the NMS article.
const std::vector<std::string>& article_prose() {
  static const std::vector<std::string> prose = [] {
    const std::string text =
        read(fs::path(MEDLINT_SOURCE_DIR) / "content/articles/neuroleptic-malignant-syndrome.json");
    const medlint::JsonDocument doc = medlint::JsonDocument::parse(text);
    std::vector<std::string> out;
    for (const medlint::TextBlock& b : medlint::build_article(doc).text_blocks) {
      if (b.kind == medlint::BlockKind::kParagraph || b.kind == medlint::BlockKind::kListLead ||
          b.kind == medlint::BlockKind::kListItem) {
        out.emplace_back(b.text.value);
      }
    }
    return out;
  }();
  return prose;
}

void split_all(benchmark::State& state, const std::vector<std::string>& texts) {
  std::size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  if (bytes == 0) {
    state.SkipWithError("no text (../shared/corpora/medquad-medlineplus is absent)");
    return;
  }
  for (auto _ : state) {
    for (const std::string& t : texts) benchmark::DoNotOptimize(medlint::split_sentences(t));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

void BM_SplitCorpus(benchmark::State& state) { split_all(state, corpus_answers()); }
BENCHMARK(BM_SplitCorpus);

void BM_SplitArticle(benchmark::State& state) { split_all(state, article_prose()); }
BENCHMARK(BM_SplitArticle);

}  // namespace
