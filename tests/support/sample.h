// Small valid articles for tests (the fixtures have their own): one builder,
// so that every test article has the same shape and line numbers.
#pragma once

#include <string>
#include <utility>

namespace medlint::testing {

// An article of the fictional test registries; each field is the JSON text
// of its value. The defaults make a clean, submitted article.
struct ArticleSpec {
  explicit ArticleSpec(std::string article_id) : id(std::move(article_id)) {}
  std::string id;
  std::string title = "What is an example syndrome?";
  std::string author = "dr-example";
  std::string status = "submitted";
  std::string history;  // empty: submitted on 2026-10-01 by the author
  std::string dates = R"({"updated": "2026-10-01"})";
  std::string notices = R"(["educational-only", "pending-review"])";
  std::string sections =
      R"([{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": "A fictional text."}]}])";
  std::string extra;  // more members on one line before "sections", each ending with ","
};

inline std::string article_json(const ArticleSpec& s) {
  const std::string history =
      s.history.empty() ? R"({"status": "submitted", "date": "2026-10-01", "by": ")" + s.author + "\"}" : s.history;
  return "{\n  \"id\": \"" + s.id + "\",\n  \"title\": \"" + s.title + "\",\n  \"audiences\": [\"clinician\"],\n" +
         "  \"authors\": [\"" + s.author + "\"],\n  \"dates\": " + s.dates + ",\n  \"review\": {\"status\": \"" +
         s.status + "\", \"history\": [" + history + "]},\n  \"notices\": " + s.notices +
         ",\n  \"disclaimers\": [\"professional\"],\n" + (s.extra.empty() ? "" : "  " + s.extra + "\n") +
         "  \"sections\": " + s.sections + "\n}\n";
}

// A research section whose one sentence is an uncited claim (CIT001).
inline constexpr const char* kUncitedClaimSections =
    R"([{"kind": "research", "heading": "R", "blocks": [{"type": "paragraph", "text": "The )"
    R"(fictional drug halved the fever in a fictional trial."}]}])";

// Article `article-I` of a small test corpus: every `claim_every`-th one has
// an uncited claim, and article `suppressed` silences it inline.
inline ArticleSpec corpus_article(int i, int claim_every, int suppressed) {
  ArticleSpec spec("article-" + std::to_string(i));
  if (i % claim_every == 0) spec.sections = kUncitedClaimSections;
  if (i == suppressed) spec.extra = R"("medlint": {"ignore": [{"rule": "CIT001", "reason": "a fictional reason"}]},)";
  return spec;
}

// For the bundled registry (dr-oracle).
inline std::string sample_article(const std::string& id = "sample-article") {
  ArticleSpec s(id);
  s.title = "What is an example condition?";
  s.author = "dr-oracle";
  return article_json(s);
}

}  // namespace medlint::testing
