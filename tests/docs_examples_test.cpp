// Each rule's docs page shows what medlint reports on its example, and
// medlint reports exactly that. An example is a ```json block that holds a
// whole document (it starts with "{") followed by a ```text block of
// findings; it is linted as the file the findings name, with --today
// 2026-11-24, no config and no registry, and the page's rule must report
// exactly the lines shown for it. Blocks that start otherwise are excerpts
// of an example above them and are not run.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "files.h"
#include "medlint/engine/linter.h"
#include "medlint/engine/schema_set.h"
#include "medlint/report/reporters.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

// Pages whose examples need more than one document and today's date; each
// says what. Their rules are covered by fixtures that set that up.
const std::map<std::string, std::string, std::less<>> kNotRunnable = {
    {"ART002", "two articles in two folders"},
    {"CIT009", "a retraction list named in medlint.json"},
    {"DIS001", "a disclaimers registry"},
    {"DIS002", "a disclaimers registry"},
    {"DIS003", "a disclaimers registry"},
    {"DIS004", "the registry files themselves, beside an articles folder"},
    {"JSON002", "bytes that are not UTF-8, which a Markdown page cannot hold"},
    {"JSON004", "a file over 10 MiB"},
    {"MED001", "an excerpt of a longer article"},
    {"MED002", "a folder that cannot be read"},
    {"REV003", "a people registry with board terms"},
    {"REV006", "a people registry"},
};

struct Block {
  std::string lang, body;
};

std::vector<Block> fenced_blocks(const std::string& page) {
  std::vector<Block> out;
  std::istringstream in(page);
  std::string line;
  Block* open = nullptr;
  while (std::getline(in, line)) {
    if (line.starts_with("```")) {
      if (open) {
        open = nullptr;
      } else {
        out.push_back({line.substr(3), ""});
        open = &out.back();
      }
    } else if (open) {
      open->body += line + "\n";
    }
  }
  return out;
}

bool is_finding_line(const std::string& line) {
  // file:line:col: error|warning: ...
  const std::size_t colon = line.find(": ");
  return colon != std::string::npos && line.find(':') < colon &&
         (line.compare(colon + 2, 7, "error: ") == 0 || line.compare(colon + 2, 9, "warning: ") == 0);
}

// The finding lines of `text` that end in the tag of `code`.
std::vector<std::string> lines_of(const std::string& text, std::string_view code) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  const std::string tag = "[" + std::string(code) + " ";
  while (std::getline(in, line)) {
    if (is_finding_line(line) && line.find(tag) != std::string::npos) out.push_back(line);
  }
  return out;
}

TEST(DocsExamples, EachPageShowsWhatItsRuleReports) {
  for (const auto& rule : all_rules()) {
    const RuleMeta& m = rule->meta();
    SCOPED_TRACE(std::string(m.code));
    if (kNotRunnable.contains(m.code)) continue;
    const std::string page =
        testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "tools/medlint/rules" / (m.docs_stem() + ".md"));
    const std::vector<Block> blocks = fenced_blocks(page);
    std::size_t examples = 0;
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
      if (blocks[i].lang != "json" || !blocks[i].body.starts_with("{") || blocks[i + 1].lang != "text") continue;
      const std::vector<std::string> shown = lines_of(blocks[i + 1].body, m.code);
      if (shown.empty()) continue;
      ++examples;
      const std::string file = shown.front().substr(0, shown.front().find(':'));
      const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
      const LintResult result = linter.run_text(file, blocks[i].body);
      std::ostringstream text;
      ReportOptions options;
      options.today = Date{2026, 11, 24};
      write_text(text, result, options);
      EXPECT_EQ(lines_of(text.str(), m.code), shown)
          << "the example in block " << i + 1 << " of " << m.docs_stem() << ".md:\n"
          << blocks[i].body;
    }
    EXPECT_GT(examples, 0u) << m.docs_stem() << ".md has no example that shows its findings";
  }
}

TEST(DocsExamples, TheListOfPagesNotRunIsOfRealRules) {
  std::set<std::string, std::less<>> codes;
  for (const auto& rule : all_rules()) codes.emplace(rule->meta().code);
  for (const auto& [code, why] : kNotRunnable) EXPECT_TRUE(codes.contains(code)) << code;
}

}  // namespace
}  // namespace medlint
