// medlint_gen_corpus OUT N [SEED]: writes a content repository of N
// fictional articles for the benchmark (tools/bench/run), the same bytes for
// the same N and SEED on any machine:
//   OUT/medlint.json, OUT/content/registry/{people,disclaimers}.json,
//   OUT/content/articles/<bucket>/<id>.json (2 to 40 KB, most near 6 to 12),
//   OUT/defects.json: how many articles carry each injected defect, and
//   which rule reports it, so a run can be checked against it.
// Every title, name and reference is fictional; DOIs use the test prefix
// 10.5555. No article is invalid JSON (the schema validators the benchmark
// compares stop at one).
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

namespace {

namespace fs = std::filesystem;

// SplitMix64: small, fast and the same everywhere (std:: distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool percent(int p) { return below(100) < p; }

 private:
  std::uint64_t state_;
};

// The defects, each in some percent of the articles, and the rule that
// must report it.
struct Defect {
  const char* name;
  const char* code;
  int percent;
};
constexpr Defect kDefects[] = {
    {"uncited-claim", "CIT001", 6},      {"unknown-reference", "CIT002", 3}, {"bad-doi", "CIT005", 3},
    {"missing-title", "SCH001", 2},      {"overdue-review", "DAT004", 4},    {"unknown-author", "REV006", 2},
    {"missing-disclaimer", "DIS001", 2},
};

const char* const kPeople = R"j({
  "people": [
    {"id": "dr-example", "name": "Dr. Example Author (fictional)", "credentials": ["MD"], "roles": ["author"]},
    {"id": "dr-second-author", "name": "Dr. Second Author (fictional)", "credentials": ["PharmD"], "roles": ["author", "reviewer"], "board": {"from": "2021-01-01"}},
    {"id": "dr-reviewer", "name": "Dr. Board Reviewer (fictional)", "credentials": ["MD", "PhD"], "roles": ["reviewer"], "board": {"from": "2020-01-01"}}
  ]
}
)j";

const char* const kDisclaimers = R"j({
  "disclaimers": [
    {"id": "professional", "version": 1, "audiences": ["clinician"], "title": "Professional disclaimer (fictional)", "text": "For healthcare professionals. A fictional disclaimer for the benchmark."},
    {"id": "not-medical-advice", "version": 1, "audiences": ["patient", "caregiver"], "title": "Not medical advice (fictional)", "text": "General information only. A fictional disclaimer for the benchmark."}
  ]
}
)j";

const char* const kSentences[] = {
    "The fictional condition in this made-up text develops over a few days in most imaginary patients",
    "Clinicians in this example monitor the temperature, the heart rate and the blood pressure every 4 hours",
    "A fictional drug at 5 mg twice a day shortened the illness in a made-up trial of 120 people",
    "Early recognition, e.g. of a rising creatinine kinase, changed the outcome in the fictional cohort",
    "The imaginary guideline advises stopping the suspected agent at once and giving fluids",
    "Relapse was rare after the fictional treatment, at about 3% within one year",
    "Older fictional patients, i.e. those over 65 years, needed a longer stay in the made-up study",
    "Dr. Example's fictional review found no benefit from the second made-up drug",
};

std::string day(Random& r, int year) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, 1 + r.below(12), 1 + r.below(28));
  return buf;
}

struct Article {
  std::string id, json;
  std::map<std::string, bool> defects;
};

Article make_article(Random& r, int i) {
  Article a;
  a.id = "bench-" + std::to_string(100000 + i);
  for (const Defect& d : kDefects) a.defects[d.name] = r.percent(d.percent);
  const auto has = [&](const char* name) { return a.defects[name]; };
  // Size: most articles 8 to 25 paragraphs (3 to 10 KB), one in five up to
  // 50, one in ten up to 95 (40 KB).
  const int size_class = r.below(10);
  const int paragraphs = size_class == 0 ? 50 + r.below(46) : size_class <= 2 ? 25 + r.below(26) : 8 + r.below(18);
  const bool patient = r.percent(40);
  // Guideline claims cite the guidelines [1] and [2] (first [1], then [2]:
  // Vancouver order), research claims the trial [3].
  const auto paragraph = [&](int p, int first_ref, int refs, std::string extra) {
    std::string text;
    for (int s = 0; s < 4; ++s) {
      const int ref = p == 0 && s < refs ? first_ref + s : first_ref + r.below(refs);
      text += std::string(s ? " " : "") + kSentences[r.below(8)] + " [" + std::to_string(ref) + "].";
    }
    return R"(      {"type": "paragraph", "text": ")" + text + extra + "\"}";
  };
  std::string guidelines, research;
  for (int p = 0; p < paragraphs; ++p) {
    std::string extra;
    if (p == 0 && has("uncited-claim")) extra += " The fictional drug also prevents every relapse.";
    if (p == 0 && has("unknown-reference")) extra += " A made-up guideline agreed [9].";
    if (p % 4 == 3) {
      research +=
          std::string(research.empty() ? "" : ",\n") + paragraph(static_cast<int>(research.empty() ? 0 : p), 3, 1, "");
    } else {
      guidelines += std::string(p ? ",\n" : "") + paragraph(p, 1, 2, extra);
    }
  }
  const bool overdue = has("overdue-review");
  const std::string created = day(r, overdue ? 2023 : 2025);
  const std::string updated =
      overdue ? "2024-01-02" : "2026-0" + std::to_string(1 + r.below(9)) + "-1" + std::to_string(r.below(10));
  const std::string author = has("unknown-author") ? "dr-nobody" : (r.percent(50) ? "dr-example" : "dr-second-author");
  std::string history = R"({"status": "submitted", "date": ")" + updated + R"(", "by": ")" + author + "\"}";
  std::string status = "submitted", notices = R"(["educational-only", "pending-review"])", reviewed;
  if (overdue) {
    history =
        R"({"status": "submitted", "date": "2024-01-02", "by": ")" + author +
        R"("}, {"status": "under_review", "date": "2024-01-03", "by": "dr-reviewer"}, {"status": "approved", "date": "2024-01-10", "by": "dr-reviewer"})";
    status = "approved";
    notices = R"(["educational-only"])";
    reviewed = R"(, "reviewed": "2024-01-10")";
  }
  std::string disclaimers = patient ? R"(["not-medical-advice"])" : R"(["professional"])";
  if (has("missing-disclaimer")) disclaimers = "[]";
  const std::string doi = has("bad-doi") ? "bench-" + std::to_string(i) : "10.5555/bench." + std::to_string(i);
  a.json = "{\n  \"id\": \"" + a.id + "\",\n" +
           (has("missing-title") ? "" : "  \"title\": \"What is fictional condition " + std::to_string(i) + "?\",\n") +
           "  \"audiences\": [\"" + (patient ? "patient" : "clinician") + "\"],\n  \"authors\": [\"" + author +
           "\"],\n  \"dates\": {\"created\": \"" + std::min(created, updated) + "\", \"updated\": \"" + updated + "\"" +
           reviewed + "},\n  \"review\": {\"status\": \"" + status + "\", \"history\": [" + history +
           "]},\n  \"notices\": " + notices + ",\n  \"disclaimers\": " + disclaimers + ",\n" +
           R"(  "sections": [
    {"kind": "guidelines", "heading": "From the Guidelines", "blocks": [
)" + guidelines +
           R"(
    ]},
    {"kind": "research", "heading": "From the Research", "blocks": [
)" + research +
           R"(
    ]},
    {"kind": "other", "heading": "About this page", "blocks": [{"type": "paragraph", "text": "A fictional text for a benchmark."}]}
  ],
  "references": [
    {"id": 1, "type": "guideline", "title": "A fictional guideline )" +
           std::to_string(i) + R"(", "source": "Fictional Society", "year": 2024, "doi": ")" + doi + R"(.1"},
    {"id": 2, "type": "guideline", "title": "Another fictional guideline )" +
           std::to_string(i) + R"(", "source": "Fictional College", "year": 2025, "doi": "10.5555/bench.)" +
           std::to_string(i) + R"(.2"},
    {"id": 3, "type": "rct", "title": "A fictional trial )" +
           std::to_string(i) + R"(", "source": "Journal of Fictional Results", "year": 2022, "doi": "10.5555/bench.)" +
           std::to_string(i) +
           R"(.3"}
  ]
}
)";
  return a;
}

bool write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: medlint_gen_corpus OUT N [SEED]\n";
    return 2;
  }
  const fs::path out = argv[1];
  int n = 0;
  std::uint64_t seed = 20261126;
  try {
    n = std::stoi(argv[2]);
    if (argc > 3) seed = std::stoull(argv[3]);
  } catch (const std::exception&) {
    n = -1;
  }
  if (n < 0) {
    std::cerr << "medlint_gen_corpus: N and SEED are numbers, N >= 0\n";
    return 2;
  }
  Random r(seed);
  bool ok = write(out / "medlint.json", "{\"paths\": [\"content\"]}\n") &&
            write(out / "content/registry/people.json", kPeople) &&
            write(out / "content/registry/disclaimers.json", kDisclaimers);
  std::map<std::string, int> counts;
  std::uintmax_t bytes = 0;
  for (int i = 0; i < n && ok; ++i) {
    const Article a = make_article(r, i);
    for (const auto& [name, present] : a.defects) counts[name] += present ? 1 : 0;
    bytes += a.json.size();
    ok = write(out / "content/articles" / ("b" + std::to_string(i / 1000)) / (a.id + ".json"), a.json);
  }
  std::string manifest = "{\n  \"articles\": " + std::to_string(n) + ",\n  \"bytes\": " + std::to_string(bytes) +
                         ",\n  \"seed\": " + std::to_string(seed) + ",\n  \"defects\": [\n";
  for (std::size_t k = 0; k < std::size(kDefects); ++k) {
    const Defect& d = kDefects[k];
    manifest += std::string("    {\"name\": \"") + d.name + "\", \"rule\": \"" + d.code +
                "\", \"articles\": " + std::to_string(counts[d.name]) + "}" + (k + 1 < std::size(kDefects) ? "," : "") +
                "\n";
  }
  manifest += "  ]\n}\n";
  ok = ok && write(out / "defects.json", manifest);
  if (!ok) {
    std::cerr << "medlint_gen_corpus: cannot write into " << out << "\n";
    return 2;
  }
  std::cout << "wrote " << n << " articles (" << bytes / 1000000.0 << " MB) into " << out.string() << "\n";
  return 0;
}
