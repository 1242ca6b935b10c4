// The schema stage's fast path (engine/schema_fast.h) against valijson: on
// thousands of mutated articles and registries, whatever the fast path calls
// valid valijson finds nothing in, and whatever it calls invalid valijson
// rejects; so the findings are the same with the fast path and without it.
#include "medlint/engine/schema_fast.h"

#include <gtest/gtest.h>
#include <rapidjson/writer.h>

#include <filesystem>
#include <random>

#include "files.h"
#include "medlint/engine/schema_set.h"
#include "sample.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;
using rapidjson::Value;
using Verdict = FastSchema::Verdict;

const SchemaSet& schemas() {
  static const auto set = SchemaSet::bundled();
  return *set;
}

std::string to_text(const Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return std::string(buf.GetString(), buf.GetSize());
}

std::string describe(const std::vector<SchemaViolation>& violations) {
  std::string out;
  for (const SchemaViolation& v : violations) out += v.pointer + ": " + v.describe() + "\n";
  return out;
}

struct Tally {
  std::size_t valid = 0, invalid = 0, unknown = 0;
};

// The fast verdict must agree with valijson, and the findings must not change.
void expect_agreement(SchemaKind kind, const std::string& text, Tally& tally) {
  const JsonDocument doc = JsonDocument::parse(text);
  if (!doc.ok()) return;
  const auto slow = schemas().validate(kind, doc, SchemaSet::SchemaPath::kValijson);
  const Verdict fast = schemas().fast_verdict(kind, doc);
  switch (fast) {
    case Verdict::kValid:
      ++tally.valid;
      EXPECT_TRUE(slow.empty()) << "the fast path passed what valijson rejects:\n" << describe(slow) << text;
      break;
    case Verdict::kInvalid:
      ++tally.invalid;
      EXPECT_FALSE(slow.empty()) << "the fast path rejected what valijson passes:\n" << text;
      break;
    case Verdict::kUnknown: ++tally.unknown; break;
  }
  EXPECT_EQ(describe(schemas().validate(kind, doc)), describe(slow)) << text;
}

// A value of another kind, or a nearby one of the same kind.
void mutate_value(Value& v, std::mt19937& rng, rapidjson::Document::AllocatorType& a) {
  static const char* const kStrings[] = {
      "",          "paragraph",  "heading",    "list",     "clinician", "patient",        "x-note", "approved",
      "guideline", "2026-13-01", "dr-example", "Bad Slug", "a\u00e9b",  "professional@2", "rct",    "1"};
  switch (rng() % 12) {
    case 0: v.SetNull(); break;
    case 1: v.SetBool(rng() % 2 == 0); break;
    case 2: v.SetInt(static_cast<int>(rng() % 5000) - 1000); break;
    case 3: v.SetDouble(static_cast<double>(rng() % 3000) + (rng() % 2 ? 0.0 : 0.5)); break;
    case 4: v.SetString(kStrings[rng() % std::size(kStrings)], a); break;
    case 5: v.SetString(std::string("with\0nul", 8).c_str(), 8, a); break;
    case 6: v.SetObject(); break;
    case 7: v.SetArray(); break;
    case 8:
      if (v.IsString()) v.SetString((std::string(v.GetString(), v.GetStringLength()) + " x").c_str(), a);
      break;
    case 9:
      if (v.IsInt64()) v.SetInt64(v.GetInt64() + 1000);
      break;
    case 10:
      if (v.IsArray() && !v.Empty()) {
        Value copy(v[0], a);
        v.PushBack(copy, a);
      }
      break;
    default:
      if (v.IsArray() && !v.Empty()) v.PopBack();
      break;
  }
}

// Picks a random value in the document (reservoir sampling over a walk).
Value* pick(Value& root, std::mt19937& rng, Value** parent_object = nullptr) {
  std::vector<std::pair<Value*, Value*>> all;  // value, its object parent (or null)
  std::vector<std::pair<Value*, Value*>> pending{{&root, nullptr}};
  while (!pending.empty()) {
    auto [v, parent] = pending.back();
    pending.pop_back();
    all.emplace_back(v, parent);
    if (v->IsObject()) {
      for (auto& m : v->GetObject()) pending.emplace_back(&m.value, v);
    } else if (v->IsArray()) {
      for (auto& item : v->GetArray()) pending.emplace_back(&item, nullptr);
    }
  }
  const auto& [v, parent] = all[rng() % all.size()];
  if (parent_object) *parent_object = parent;
  return v;
}

std::string mutated(const std::string& text, std::mt19937& rng) {
  rapidjson::Document d;
  d.Parse(text.c_str(), text.size());
  auto& a = d.GetAllocator();
  const int edits = 1 + static_cast<int>(rng() % 3);
  for (int i = 0; i < edits; ++i) {
    Value* parent = nullptr;
    Value* v = pick(d, rng, &parent);
    const unsigned what = rng() % 4;
    if (what == 0 && v->IsObject() && v->MemberCount() > 0) {
      v->EraseMember(v->MemberBegin() + static_cast<long>(rng() % v->MemberCount()));  // a member gone
    } else if (what == 1 && v->IsObject()) {
      static const char* const kNames[] = {"x-cms-id", "unknown", "type", "text", "items", "cites", "title"};
      Value name(kNames[rng() % std::size(kNames)], a);
      Value value("added", a);
      v->AddMember(name, value, a);  // a member added (maybe a duplicate)
    } else {
      mutate_value(*v, rng, a);
    }
  }
  return to_text(d);
}

std::vector<std::pair<SchemaKind, std::string>> bases() {
  std::vector<std::pair<SchemaKind, std::string>> out;
  const fs::path root(MEDLINT_SOURCE_DIR);
  for (const char* f : {"content/articles/neuroleptic-malignant-syndrome.json",
                        "tests/cli/inputs/articles/clean-article.json", "tests/cli/inputs/articles/suppressed.json"}) {
    out.emplace_back(SchemaKind::kArticle, testing::read_text(root / f));
  }
  testing::ArticleSpec spec("fictional-article");
  spec.sections = R"([{"kind": "research", "heading": "R", "blocks": [{"type": "paragraph", "text": "A text [1]."},
      {"type": "heading", "text": "More"}, {"type": "list", "items": ["One [1].", "Two."], "cites": [1, 2]}]}])";
  out.emplace_back(SchemaKind::kArticle, testing::article_json(spec));
  out.emplace_back(SchemaKind::kPeople, testing::read_text(root / "content/registry/people.json"));
  out.emplace_back(SchemaKind::kDisclaimers, testing::read_text(root / "content/registry/disclaimers.json"));
  return out;
}

TEST(SchemaFast, TheBundledSchemasAreCovered) {
  for (const SchemaKind kind : {SchemaKind::kArticle, SchemaKind::kPeople, SchemaKind::kDisclaimers}) {
    EXPECT_TRUE(schemas().has_fast_path(kind)) << static_cast<int>(kind);
  }
}

TEST(SchemaFast, TheUnmutatedDocumentsAreProvenValid) {
  for (const auto& [kind, text] : bases()) {
    const JsonDocument doc = JsonDocument::parse(text);
    ASSERT_TRUE(doc.ok());
    if (!schemas().validate(kind, doc, SchemaSet::SchemaPath::kValijson).empty()) continue;
    EXPECT_EQ(schemas().fast_verdict(kind, doc), Verdict::kValid) << text.substr(0, 200);
  }
}

TEST(SchemaFast, MutatedDocumentsGetValijsonsVerdict) {
  std::mt19937 rng(20261126);
  Tally tally;
  for (const auto& [kind, text] : bases()) {
    for (int i = 0; i < 400; ++i) expect_agreement(kind, mutated(text, rng), tally);
  }
  // The comparison means something only if every verdict occurs.
  EXPECT_GT(tally.valid, 150u);
  EXPECT_GT(tally.invalid, 600u);
  EXPECT_LT(tally.unknown, tally.valid + tally.invalid) << "the fast path should decide most documents";
  std::cout << "fast path verdicts: " << tally.valid << " valid, " << tally.invalid << " invalid, " << tally.unknown
            << " unknown\n";
}

// Cases where valijson's own reading decides, named.
TEST(SchemaFast, DoubtfulCasesAreLeftToValijson) {
  const auto verdict = [](const std::string& title, const std::string& year) {
    testing::ArticleSpec spec("fictional-article");
    spec.title = title;
    spec.extra = R"("references": [{"id": 1, "type": "rct", "title": "A fictional trial", "year": )" + year + "}],";
    return schemas().fast_verdict(SchemaKind::kArticle, JsonDocument::parse(testing::article_json(spec)));
  };
  EXPECT_EQ(verdict("What is it?", "2020"), Verdict::kValid);
  EXPECT_EQ(verdict("What is it?", "2020.0"), Verdict::kUnknown) << "a double where an integer is asked for";
  EXPECT_EQ(verdict("\\u0000", "2020"), Verdict::kUnknown) << "valijson measures a string up to its NUL";
  EXPECT_EQ(verdict("What is it?", "2101"), Verdict::kInvalid);
  EXPECT_EQ(verdict("", "2020"), Verdict::kInvalid);
}

}  // namespace
}  // namespace medlint
