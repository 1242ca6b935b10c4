#include "medlint/load/json_document.h"

#include <gtest/gtest.h>

#include "medlint/load/source_file.h"

namespace medlint {
namespace {

std::string_view spanned(std::string_view text, Span s) { return text.substr(s.begin, s.end - s.begin); }

TEST(JsonDocument, RecordsTheSpanOfEveryValueAndKey) {
  const std::string text = R"({ "a" : [ 1 , -2.5e3 , true ,"x\"y", null, {}, [] ], "b": false })";
  const JsonDocument doc = JsonDocument::parse(text);
  ASSERT_TRUE(doc.ok());
  const NodeId a = doc.resolve("/a");
  EXPECT_EQ(spanned(text, doc.node(a).key), "\"a\"");
  EXPECT_EQ(spanned(text, doc.node(a).value), R"([ 1 , -2.5e3 , true ,"x\"y", null, {}, [] ])");
  EXPECT_EQ(spanned(text, doc.node(doc.resolve("/a/0")).value), "1");
  EXPECT_EQ(spanned(text, doc.node(doc.resolve("/a/1")).value), "-2.5e3");
  EXPECT_EQ(spanned(text, doc.node(doc.resolve("/a/2")).value), "true");
  EXPECT_EQ(spanned(text, doc.node(doc.resolve("/a/3")).value), R"("x\"y")");
  EXPECT_EQ(spanned(text, doc.node(doc.resolve("/a/4")).value), "null");
  EXPECT_EQ(spanned(text, doc.node(doc.resolve("/a/5")).value), "{}");
  EXPECT_EQ(spanned(text, doc.node(doc.resolve("/b")).value), "false");
  EXPECT_EQ(doc.node_of(doc.root()["b"]), doc.resolve("/b"));
}

TEST(JsonDocument, PointersEscapeAndResolve) {
  const std::string text = R"({"a/b": {"c~d": [10, 20]}})";
  const JsonDocument doc = JsonDocument::parse(text);
  const NodeId n = doc.resolve("/a~1b/c~0d/1");
  ASSERT_NE(n, kNoNode);
  EXPECT_EQ(doc.pointer(n), "/a~1b/c~0d/1");
  EXPECT_EQ(doc.value(n).GetInt(), 20);
  EXPECT_EQ(doc.resolve("/a~1b/c~0d/2"), kNoNode);
  EXPECT_EQ(doc.resolve("/missing"), kNoNode);
}

TEST(JsonDocument, MapsDecodedStringOffsetsThroughEscapes) {
  // Decoded: He said "fever" <newline> 38°C 💊 end
  const std::string text = R"({"t": "He said \"fever\"\n38\u00b0C \ud83d\udc8a end"})";
  const SourceFile src("a.json", text);
  const JsonDocument doc = JsonDocument::parse(text);
  const NodeId t = doc.resolve("/t");
  const auto& v = doc.value(t);
  const std::string_view decoded(v.GetString(), v.GetStringLength());
  ASSERT_EQ(decoded,
            "He said \"fever\"\n38\xC2\xB0"
            "C \xF0\x9F\x92\x8A end");
  const auto span_of = [&](std::string_view needle) {
    const std::size_t b = decoded.find(needle);
    return doc.string_span(t, b, b + needle.size());
  };
  EXPECT_EQ(spanned(text, span_of("\"fever\"")), R"(\"fever\")");
  EXPECT_EQ(spanned(text, span_of("38\xC2\xB0"
                                  "C")),
            R"(38\u00b0C)");
  EXPECT_EQ(spanned(text, span_of("end")), "end");
  EXPECT_EQ(spanned(text, span_of("\xF0\x9F\x92\x8A")), R"(\ud83d\udc8a)");
  // Columns are those of the source text: "C" after the 6-character escape.
  EXPECT_EQ(src.position(span_of("C").begin).column, static_cast<std::uint32_t>(text.find("C ") + 1));
}

TEST(JsonDocument, SyntaxErrorAtTheExactOffset) {
  const std::string text = "{\n  \"a\": [1, 2,, 3]\n}";
  const JsonDocument doc = JsonDocument::parse(text);
  ASSERT_FALSE(doc.ok());
  ASSERT_EQ(doc.problems().size(), 1u);
  EXPECT_EQ(doc.problems()[0].kind, LoadProblem::Kind::kSyntax);
  EXPECT_EQ(SourceFile("a", text).position(doc.problems()[0].span.begin), (Position{2, 14}));
}

TEST(JsonDocument, DuplicateKeysAreReportedAtTheSecondKey) {
  const std::string text = R"({"title": "A", "x": {"k": 1, "k": 2}, "title": "B"})";
  const JsonDocument doc = JsonDocument::parse(text);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc.problems().size(), 2u);
  EXPECT_EQ(doc.problems()[0].detail, "k");
  EXPECT_EQ(doc.problems()[0].span.begin, text.rfind("\"k\""));
  EXPECT_EQ(doc.problems()[1].detail, "title");
  EXPECT_EQ(doc.problems()[1].span.begin, text.rfind("\"title\""));
  EXPECT_EQ(doc.problems()[1].first.begin, 1u);
}

TEST(JsonDocument, DeepNestingIsAProblemNotACrash) {
  const std::string text = std::string(1'000'000, '[') + std::string(1'000'000, ']');
  const JsonDocument doc = JsonDocument::parse(text);
  ASSERT_FALSE(doc.ok());
  ASSERT_EQ(doc.problems().size(), 1u);
  EXPECT_EQ(doc.problems()[0].kind, LoadProblem::Kind::kTooDeep);
  EXPECT_EQ(doc.problems()[0].span.begin, 128u);
}

TEST(JsonDocument, EncodingProblems) {
  const JsonDocument bom = JsonDocument::parse("\xEF\xBB\xBF{\"a\": 1}");
  EXPECT_TRUE(bom.ok());  // reported, then parsed past
  ASSERT_EQ(bom.problems().size(), 1u);
  EXPECT_EQ(bom.problems()[0].kind, LoadProblem::Kind::kByteOrderMark);
  EXPECT_EQ(spanned("\xEF\xBB\xBF{\"a\": 1}", bom.node(bom.resolve("/a")).value), "1");

  const JsonDocument latin1 = JsonDocument::parse("{\"a\": \"caf\xE9\"}");
  EXPECT_FALSE(latin1.ok());
  EXPECT_EQ(latin1.problems()[0].kind, LoadProblem::Kind::kInvalidUtf8);
  EXPECT_EQ(latin1.problems()[0].span.begin, 10u);

  const JsonDocument utf16 = JsonDocument::parse(std::string("\xFF\xFE{\0", 4));
  EXPECT_EQ(utf16.problems()[0].kind, LoadProblem::Kind::kUtf16);
}

TEST(JsonDocument, EmptyAndWhitespaceOnlyFiles) {
  for (const char* text : {"", "  \n\t\r\n"}) {
    const JsonDocument doc = JsonDocument::parse(text);
    EXPECT_FALSE(doc.ok());
    ASSERT_EQ(doc.problems().size(), 1u);
    EXPECT_EQ(doc.problems()[0].kind, LoadProblem::Kind::kEmpty);
  }
}

TEST(JsonDocument, EmbeddedNulAndTrailingGarbageAreSyntaxErrors) {
  EXPECT_EQ(JsonDocument::parse(std::string("{\"a\": 1}\0x", 10)).problems().at(0).kind, LoadProblem::Kind::kSyntax);
  EXPECT_EQ(JsonDocument::parse("{} {}").problems().at(0).kind, LoadProblem::Kind::kSyntax);
}

// A surrogate escape without its other half is no character: RapidJSON
// stores a lone low one as bytes that are not UTF-8. Both are reported at
// the escape, and nothing is parsed.
TEST(JsonDocument, LoneSurrogateEscapesAreEncodingProblems) {
  for (const std::string text :
       {R"({"a": "x\udc00"})", R"({"a": "x\ud800"})", R"({"a": "x\ud800\u0041"})", R"({"a": "x\uDBFF\uDBFF"})"}) {
    const JsonDocument doc = JsonDocument::parse(text);
    ASSERT_EQ(doc.problems().size(), 1u) << text;
    EXPECT_EQ(doc.problems()[0].kind, LoadProblem::Kind::kLoneSurrogate) << text;
    EXPECT_EQ(doc.problems()[0].span.begin, 8u) << text;
    EXPECT_EQ(doc.problems()[0].span.end, 14u) << text;
    EXPECT_FALSE(doc.ok());
  }
  for (const std::string text : {R"({"a": "\ud83d\ude00"})", R"({"a": "\\udc00"})", R"({"\u00e9": "\uffff"})"}) {
    const JsonDocument doc = JsonDocument::parse(text);
    EXPECT_TRUE(doc.ok()) << text;
    EXPECT_TRUE(doc.problems().empty()) << text;
  }
}

}  // namespace
}  // namespace medlint
