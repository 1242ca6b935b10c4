#include "medlint/load/json_edits.h"

#include "medlint/load/rapidjson.h"  // first: before any RapidJSON header
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

namespace medlint {

std::string json_quote(std::string_view s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buf.GetString(), buf.GetSize());
}

void JsonEdits::replace_value(NodeId node, std::string json) {
  const Span v = doc_.node(node).value;
  edits_.push_back({v.begin, v.end, std::move(json)});
}

void JsonEdits::append_item(NodeId array, const std::string& json) { append(array, json, "[", "]"); }

void JsonEdits::add_member(NodeId object, std::string_view key, const std::string& json) {
  append(object, json_quote(key) + ": " + json, "{", "}");
}

void JsonEdits::append(NodeId container, const std::string& entry, const char* open, const char* close) {
  const rapidjson::Value& v = doc_.value(container);
  const std::size_t n = v.IsArray() ? v.Size() : v.MemberCount();
  if (n == 0) {
    const Span whole = doc_.node(container).value;
    edits_.push_back({whole.begin, whole.end, open + entry + close});
    return;
  }
  // A member's line starts at its key, an item's at its value.
  const JsonNode& last = doc_.node(doc_.child(container, n - 1));
  const std::uint32_t line_at = v.IsArray() ? last.value.begin : last.key.begin;
  edits_.push_back({last.value.end, last.value.end, separator(line_at) + entry});
}

void JsonEdits::remove_item(NodeId array, std::size_t index) {
  const std::size_t n = doc_.value(array).Size();
  const Span item = doc_.node(doc_.child(array, index)).value;
  if (n == 1) {
    const Span v = doc_.node(array).value;
    edits_.push_back({v.begin + 1, v.end - 1, ""});
  } else if (index + 1 < n) {
    edits_.push_back({item.begin, doc_.node(doc_.child(array, index + 1)).value.begin, ""});
  } else {
    edits_.push_back({doc_.node(doc_.child(array, index - 1)).value.end, item.end, ""});
  }
}

bool edits_collide(const TextEdit& a, const TextEdit& b) {
  if (a.begin == b.begin) return true;
  return a.begin < b.begin ? b.begin < a.end : a.begin < b.end;
}

Result<std::string> apply_edits(std::string_view text, std::vector<TextEdit> edits) {
  std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  for (std::size_t i = 0; i < edits.size(); ++i) {
    if (edits[i].end < edits[i].begin || edits[i].end > text.size()) return Error{"an edit lies outside the file"};
    if (i > 0 && edits_collide(edits[i - 1], edits[i])) {
      return Error{"two edits touch byte " + std::to_string(edits[i].begin) + " of the file"};
    }
  }
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (const TextEdit& e : edits) {
    out.append(text.substr(at, e.begin - at));
    out.append(e.text);
    at = e.end;
  }
  out.append(text.substr(at));
  return out;
}

std::string JsonEdits::separator(std::uint32_t at) const {
  std::uint32_t b = at;
  while (b > 0 && (text_[b - 1] == ' ' || text_[b - 1] == '\t')) --b;
  if (b > 0 && text_[b - 1] != '\n' && text_[b - 1] != '\r') return ", ";
  const std::string_view eol = b >= 2 && text_[b - 2] == '\r' ? "\r\n" : "\n";
  return "," + std::string(eol) + std::string(text_.substr(b, at - b));
}

}  // namespace medlint
