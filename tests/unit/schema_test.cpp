#include "medlint/engine/schema_set.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "medlint/base/embedded.h"
#include "files.h"
#include "sample.h"
#include "medlint/load/source_file.h"

namespace medlint {
namespace {

struct Result {
  std::string keyword;
  Position start, end;
  std::string pointer;
  std::string message;
};

std::vector<Result> validate(const std::string& text, SchemaKind kind = SchemaKind::kArticle) {
  static const auto schemas = SchemaSet::bundled();
  const SourceFile src("t.json", text);
  const JsonDocument doc = JsonDocument::parse(src.text());
  EXPECT_TRUE(doc.ok());
  std::vector<Result> out;
  for (const auto& v : schemas->validate(kind, doc)) {
    out.push_back({v.keyword, src.position(v.span.begin), src.position(v.span.end), v.pointer, v.describe()});
  }
  return out;
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return s.replace(at, from.size(), to);
}

TEST(Schema, SampleArticleIsValid) { EXPECT_TRUE(validate(testing::sample_article()).empty()); }

TEST(Schema, UnknownPropertyIsReportedAtItsKeyWithASuggestion) {
  const auto r = validate(replace(testing::sample_article(), "\"review\":", "\"reveiw\":"));
  // The typo is one unknown key, and "review" is then missing.
  ASSERT_EQ(r.size(), 2u);
  const auto& unknown = r[0].keyword == "additionalProperties" ? r[0] : r[1];
  EXPECT_EQ(unknown.start, (Position{7, 3}));
  EXPECT_EQ(unknown.end, (Position{7, 11}));
  EXPECT_EQ(unknown.pointer, "/reveiw");
  EXPECT_NE(unknown.message.find("did you mean \"review\"?"), std::string::npos) << unknown.message;
}

TEST(Schema, EveryUnknownPropertyIsItsOwnViolation) {
  const auto r =
      validate(replace(testing::sample_article(), "\"notices\":", "\"colour\": 1, \"flavour\": 2, \"notices\":"));
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].pointer, "/colour");
  EXPECT_EQ(r[1].pointer, "/flavour");
}

// A NUL inside a key must not let it pass as the known name before the NUL.
TEST(Schema, AKeyWithANulIsNotTheNameBeforeIt) {
  const auto r = validate(replace(testing::sample_article(), "\"notices\":", "\"title\\u0000x\": 1, \"notices\":"));
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].keyword, "additionalProperties");
  EXPECT_EQ(r[0].pointer, std::string("/title\0x", 8));
}

TEST(Schema, CustomFieldsUnderXPrefixAreAllowed) {
  EXPECT_TRUE(
      validate(replace(testing::sample_article(), "\"notices\":", "\"x-team\": {\"any\": 1}, \"notices\":")).empty());
}

TEST(Schema, WrongTypeNamesExpectedAndFound) {
  const auto r =
      validate(replace(testing::sample_article(), "\"title\": \"What is an example condition?\"", "\"title\": 42"));
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].keyword, "type");
  EXPECT_EQ(r[0].message, "`title` must be a string, not an integer (42)");
  EXPECT_EQ(r[0].start, (Position{3, 12}));
  EXPECT_EQ(r[0].end, (Position{3, 14}));
}

TEST(Schema, EnumListsTheOptionsAndSuggests) {
  const auto r = validate(replace(testing::sample_article(), "{\"status\": \"submitted\", \"history\"",
                                  "{\"status\": \"aproved\", \"history\""));
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].pointer, "/review/status");
  EXPECT_EQ(r[0].message,
            "`review.status` must be one of \"submitted\", \"under_review\", \"changes_requested\", \"approved\"; "
            "found a string (\"aproved\"); did you mean \"approved\"?");
}

TEST(Schema, LeafErrorsOnlyInsideNestedBlocks) {
  // A paragraph with `items`: one unknown property, not valijson's chain of
  // "failed to validate item #0 / property blocks / ..." parents.
  const auto r = validate(replace(testing::sample_article(), "\"text\": \"A fictional text.\"",
                                  "\"text\": \"A fictional text.\", \"items\": []"));
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].keyword, "additionalProperties");
  EXPECT_EQ(r[0].pointer, "/sections/0/blocks/0/items");
}

TEST(Schema, MissingPropertyPointsAtTheObjectsKey) {
  const auto r =
      validate(replace(testing::sample_article(), "\"dates\": {\"updated\": \"2026-10-01\"}", "\"dates\": {}"));
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].keyword, "required");
  EXPECT_EQ(r[0].message, "`dates` is missing the required property \"updated\"");
  EXPECT_EQ(r[0].start, (Position{6, 3}));
}

TEST(Schema, RepeatedItemPointsAtTheRepeat) {
  const auto r =
      validate(replace(testing::sample_article(), "[\"clinician\"]", "[\"clinician\", \"patient\", \"clinician\"]"));
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].keyword, "uniqueItems");
  EXPECT_EQ(r[0].pointer, "/audiences/2");
}

TEST(Schema, RootThatIsNotAnObject) {
  const auto r = validate("[1, 2]");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].message, "The document must be an object, not an array");
}

// valijson's format keyword compiles a std::regex per check, and the locator
// understands only a subset: keep every bundled schema inside it.
TEST(Schema, BundledSchemasUseTheSupportedKeywordSubset) {
  static const std::set<std::string> allowed = {"$schema",
                                                "$id",
                                                "$comment",
                                                "title",
                                                "description",
                                                "type",
                                                "properties",
                                                "required",
                                                "additionalProperties",
                                                "patternProperties",
                                                "items",
                                                "minItems",
                                                "maxItems",
                                                "uniqueItems",
                                                "minLength",
                                                "maxLength",
                                                "minimum",
                                                "maximum",
                                                "enum",
                                                "const",
                                                "pattern",
                                                "definitions",
                                                "$ref",
                                                "allOf",
                                                "if",
                                                "then"};
  for (const char* path :
       {"schemas/article.schema.json", "schemas/people.schema.json", "schemas/disclaimers.schema.json",
        "schemas/config.schema.json", "schemas/medlint-output.schema.json"}) {
    // The output schema is not embedded: medlint only writes that shape.
    const std::string text = embedded_file(path).empty()
                                 ? testing::read_text(std::filesystem::path(MEDLINT_SOURCE_DIR) / path)
                                 : std::string(embedded_file(path));
    rapidjson::Document d;
    d.Parse(text.data(), text.size());
    ASSERT_FALSE(d.HasParseError()) << path;
    std::vector<const rapidjson::Value*> stack{&d};
    while (!stack.empty()) {
      const rapidjson::Value* s = stack.back();
      stack.pop_back();
      if (!s->IsObject()) continue;
      for (const auto& m : s->GetObject()) {
        const std::string key = m.name.GetString();
        EXPECT_TRUE(allowed.count(key)) << path << " uses unsupported keyword " << key;
        if (key == "properties" || key == "patternProperties" || key == "definitions") {
          for (const auto& p : m.value.GetObject()) stack.push_back(&p.value);
        } else if (key == "allOf") {
          for (const auto& p : m.value.GetArray()) stack.push_back(&p);
        } else if (key == "items" || key == "additionalProperties" || key == "if" || key == "then") {
          stack.push_back(&m.value);
        }
      }
    }
  }
}

TEST(Schema, ClosestMatch) {
  EXPECT_EQ(closest_match("reveiw", {"review", "references"}), "review");
  EXPECT_EQ(closest_match("zzz", {"review", "references"}), "");
}

}  // namespace
}  // namespace medlint
