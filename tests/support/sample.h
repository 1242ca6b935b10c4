// A small valid article for unit tests (the fixtures have their own).
#pragma once

#include <string>

namespace medlint::testing {

inline std::string sample_article(const std::string& id = "sample-article") {
  return R"({
  "id": ")" + id + R"(",
  "title": "What is an example condition?",
  "audiences": ["clinician"],
  "authors": ["dr-oracle"],
  "dates": {"updated": "2026-10-01"},
  "review": {"status": "submitted", "history": [{"status": "submitted", "date": "2026-10-01", "by": "dr-oracle"}]},
  "notices": ["educational-only", "pending-review"],
  "disclaimers": ["professional"],
  "sections": [{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": "A fictional text."}]}]
}
)";
}

}  // namespace medlint::testing
