// Span edits to a JSON source (load/json_edits.h): the result keeps every
// byte outside the edited spans, follows the file's own layout, and two
// edits of the same bytes are refused rather than guessed.
#include "medlint/load/json_edits.h"

#include <gtest/gtest.h>

#include <functional>

namespace medlint {
namespace {

std::string edited(const std::string& text, const std::function<void(JsonEdits&, const JsonDocument&)>& edit) {
  const JsonDocument doc = JsonDocument::parse(text);
  EXPECT_TRUE(doc.ok()) << text;
  JsonEdits edits(text, doc);
  edit(edits, doc);
  auto out = edits.apply();
  EXPECT_TRUE(out) << (out ? "" : out.error().message);
  return out ? *out : "";
}

TEST(JsonEdits, NewItemsAndMembersFollowTheLayout) {
  const std::string lines = "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": \"x\"\n}\n";
  EXPECT_EQ(edited(lines, [](JsonEdits& e, const JsonDocument& d) { e.append_item(d.child(0, "a"), "3"); }),
            "{\n  \"a\": [\n    1,\n    2,\n    3\n  ],\n  \"b\": \"x\"\n}\n");
  EXPECT_EQ(edited(lines, [](JsonEdits& e, const JsonDocument&) { e.add_member(0, "c", "true"); }),
            "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": \"x\",\n  \"c\": true\n}\n");
  const std::string one_line = R"({"a": [1, 2], "b": "x"})";
  EXPECT_EQ(edited(one_line, [](JsonEdits& e, const JsonDocument& d) { e.append_item(d.child(0, "a"), "3"); }),
            R"({"a": [1, 2, 3], "b": "x"})");
  const std::string crlf = "{\r\n  \"a\": 1\r\n}";
  EXPECT_EQ(edited(crlf, [](JsonEdits& e, const JsonDocument&) { e.add_member(0, "b\"q", "2"); }),
            "{\r\n  \"a\": 1,\r\n  \"b\\\"q\": 2\r\n}");
  EXPECT_EQ(edited(R"({"a": [], "o": {}})",
                   [](JsonEdits& e, const JsonDocument& d) {
                     e.append_item(d.child(0, "a"), "1");
                     e.add_member(d.child(0, "o"), "k", "null");
                   }),
            R"({"a": [1], "o": {"k": null}})");
}

TEST(JsonEdits, RemovingAnItemTakesItsComma) {
  const std::string text = R"({"a": [10, 20, 30]})";
  const auto remove = [&](std::size_t i) {
    return edited(text, [i](JsonEdits& e, const JsonDocument& d) { e.remove_item(d.child(0, "a"), i); });
  };
  EXPECT_EQ(remove(0), R"({"a": [20, 30]})");
  EXPECT_EQ(remove(1), R"({"a": [10, 30]})");
  EXPECT_EQ(remove(2), R"({"a": [10, 20]})");
  EXPECT_EQ(edited(R"({"a": [ 1 ]})", [](JsonEdits& e, const JsonDocument& d) { e.remove_item(d.child(0, "a"), 0); }),
            R"({"a": []})");
}

TEST(JsonEdits, EveryByteOutsideTheEditsStays) {
  const std::string text = "{ \"keep\" : [1,2] ,\t\"v\":\"\\u00e9t\\u00e9\"  , \"tail\" : 0 }  \n";
  const std::string out =
      edited(text, [](JsonEdits& e, const JsonDocument& d) { e.replace_value(d.child(0, "v"), json_quote("winter")); });
  const std::size_t at = text.find("\"\\u00e9");
  EXPECT_EQ(out.substr(0, at), text.substr(0, at));
  const std::size_t after = text.find("  , \"tail\"");
  EXPECT_EQ(out.substr(out.size() - (text.size() - after)), text.substr(after));
  EXPECT_NE(out.find("\"winter\""), std::string::npos);
}

TEST(JsonEdits, EditsOfTheSameBytesAreRefused) {
  const std::string text = R"({"a": [1, 2]})";
  const JsonDocument doc = JsonDocument::parse(text);
  JsonEdits overlapping(text, doc);
  overlapping.replace_value(doc.child(0, "a"), "[]");
  overlapping.remove_item(doc.child(0, "a"), 0);
  EXPECT_FALSE(overlapping.apply());
  JsonEdits same_place(text, doc);
  same_place.append_item(doc.child(0, "a"), "3");
  same_place.append_item(doc.child(0, "a"), "4");
  EXPECT_FALSE(same_place.apply()) << "two insertions at one place: their order would be a guess";
  EXPECT_EQ(*JsonEdits(text, doc).apply(), text) << "no edit, the same bytes";
}

}  // namespace
}  // namespace medlint
