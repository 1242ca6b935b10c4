#include "medlint/load/json_document.h"

#include "medlint/load/rapidjson.h"  // before any RapidJSON header
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>

#include "medlint/base/utf8.h"

namespace medlint {

void rapidjson_assertion_failed(const char* condition) {
  throw RapidJsonAssertion(std::string("RapidJSON assertion failed: ") + condition);
}

namespace {

// No kParseValidateEncodingFlag: parse() has checked every byte with
// find_invalid_utf8 before RapidJSON sees the text (the same scan twice cost
// a tenth of the parse).
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The UTF-16 code unit of a "\uXXXX" escape at text[i], or -1.
int escaped_unit(std::string_view text, std::size_t i) {
  if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
  int unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const int h = hex_value(text[k]);
    if (h < 0) return -1;
    unit = unit * 16 + h;
  }
  return unit;
}

// The first "\uD800"-"\uDFFF" escape that is not half of a pair (RapidJSON
// rejects a lone high surrogate but stores a lone low one as bytes that are
// not UTF-8), or npos.
std::size_t find_lone_surrogate(std::string_view text) {
  for (std::size_t i = text.find('\\'); i != std::string_view::npos; i = text.find('\\', i)) {
    const int unit = escaped_unit(text, i);
    if (unit < 0) {
      i += 2;  // another escape, or "\\": the next character is not one
      continue;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const int low = escaped_unit(text, i + 6);
      if (low < 0xDC00 || low > 0xDFFF) return i;
      i += 12;
      continue;
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) return i;
    i += 6;
  }
  return std::string_view::npos;
}

bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Forwards every SAX event to the Document while recording source spans.
// RapidJSON's iterative parser calls the handler with the stream at the start
// of the token for brackets, strings and numbers, and just past it for
// true/false/null; token_span() copes with either.
class SpanRecorder {
 public:
  SpanRecorder(rapidjson::Document& doc, rapidjson::StringStream& stream, std::string_view text, std::uint32_t base,
               const LoadLimits& limits, std::vector<JsonNode>& nodes, std::vector<LoadProblem>& problems)
      : doc_(doc), stream_(stream), text_(text), base_(base), limits_(limits), nodes_(nodes), problems_(problems) {}

  // Stopped by a limit (the problem is recorded), not by a syntax error.
  bool stopped_by_limit() const { return too_deep_ || stopped_; }

  bool Null() { return scalar(Token::kLiteral, 4) && doc_.Null(); }
  bool Bool(bool b) { return scalar(Token::kLiteral, b ? 4 : 5) && doc_.Bool(b); }
  bool Int(int i) { return scalar(Token::kNumber) && doc_.Int(i); }
  bool Uint(unsigned u) { return scalar(Token::kNumber) && doc_.Uint(u); }
  bool Int64(std::int64_t i) { return scalar(Token::kNumber) && doc_.Int64(i); }
  bool Uint64(std::uint64_t u) { return scalar(Token::kNumber) && doc_.Uint64(u); }
  bool Double(double d) { return scalar(Token::kNumber) && doc_.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
    return scalar(Token::kNumber) && doc_.RawNumber(s, n, copy);
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    return scalar(Token::kString) && doc_.String(s, n, copy);
  }

  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    pending_key_ = token_span(Token::kString);
    if (n > limits_.max_key_length) {
      stopped_ = true;
      LoadProblem p{LoadProblem::Kind::kKeyTooLong, pending_key_, {}};
      p.size = n;
      p.limit = limits_.max_key_length;
      problems_.push_back(std::move(p));
      return false;
    }
    return doc_.Key(s, n, copy);
  }
  bool StartObject() { return open() && doc_.StartObject(); }
  bool StartArray() { return open() && doc_.StartArray(); }
  bool EndObject(rapidjson::SizeType n) { return close() && doc_.EndObject(n); }
  bool EndArray(rapidjson::SizeType n) { return close() && doc_.EndArray(n); }

 private:
  struct Frame {
    NodeId node;
    bool is_object;
    std::uint32_t count = 0;
  };

  std::uint32_t here() const { return base_ + static_cast<std::uint32_t>(stream_.Tell()); }

  // Span of the scalar token at the stream: RapidJSON leaves the stream at
  // the token's start or just past its end depending on the token and the
  // stream type, so look at the text to tell which. After a token JSON only
  // allows whitespace or , : ] }, so a quote, digit or letter at the stream
  // position starts the token.
  enum class Token { kString, kNumber, kLiteral };
  Span token_span(Token kind, std::size_t literal_len = 0) const {
    const std::uint32_t at = here();
    const char c = at < text_.size() ? text_[at] : '\0';
    switch (kind) {
      case Token::kLiteral:
        if (c == 't' || c == 'f' || c == 'n') return {at, static_cast<std::uint32_t>(at + literal_len)};
        return {static_cast<std::uint32_t>(at - literal_len), at};
      case Token::kNumber: {
        std::uint32_t b = at;
        std::uint32_t e = at;
        if (is_number_char(c)) {
          while (e < text_.size() && is_number_char(text_[e])) ++e;
        } else {
          while (b > 0 && is_number_char(text_[b - 1])) --b;
        }
        return {b, e};
      }
      case Token::kString: break;
    }
    if (c == '"') {
      std::uint32_t i = at + 1;
      for (; i < text_.size() && text_[i] != '"'; ++i) {
        if (text_[i] == '\\') ++i;
      }
      return {at, static_cast<std::uint32_t>(std::min<std::size_t>(i + 1, text_.size()))};
    }
    // Past the closing quote: walk back to the opening quote, the first one
    // not escaped by an odd run of backslashes.
    std::uint32_t i = at - 1;
    while (i > 0) {
      --i;
      if (text_[i] != '"') continue;
      std::uint32_t slashes = 0;
      while (i > slashes && text_[i - 1 - slashes] == '\\') ++slashes;
      if (slashes % 2 == 0) break;
    }
    return {i, at};
  }

  void add_node(Span value) {
    JsonNode n;
    n.value = value;
    if (!stack_.empty()) {
      Frame& frame = stack_.back();
      n.parent = frame.node;
      n.index = frame.count++;
      if (frame.is_object) {
        n.key = pending_key_;
        n.has_key = true;
      }
    }
    nodes_.push_back(n);
  }

  bool scalar(Token kind, std::size_t literal_len = 0) {
    add_node(token_span(kind, literal_len));
    return true;
  }

  bool open() {
    const std::uint32_t at = here();
    if (stack_.size() >= limits_.max_depth) {
      too_deep_ = true;
      LoadProblem p{LoadProblem::Kind::kTooDeep, {at, at + 1}, {}};
      p.limit = limits_.max_depth;
      problems_.push_back(std::move(p));
      return false;
    }
    add_node({at, at + 1});
    stack_.push_back({static_cast<NodeId>(nodes_.size() - 1), text_[at] == '{'});
    return true;
  }

  bool close() {
    nodes_[stack_.back().node].value.end = here() + 1;
    stack_.pop_back();
    return true;
  }

  rapidjson::Document& doc_;
  rapidjson::StringStream& stream_;
  std::string_view text_;
  std::uint32_t base_;
  const LoadLimits& limits_;
  std::vector<JsonNode>& nodes_;
  std::vector<LoadProblem>& problems_;
  std::vector<Frame> stack_;
  Span pending_key_{};
  bool too_deep_ = false;
  bool stopped_ = false;
};

bool only_whitespace(std::string_view s) {
  for (const char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

}  // namespace

std::string_view json_type_name(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "boolean";
    case rapidjson::kObjectType: return "object";
    case rapidjson::kArrayType: return "array";
    case rapidjson::kStringType: return "string";
    case rapidjson::kNumberType: return v.IsInt64() || v.IsUint64() ? "integer" : "number";
  }
  return "unknown";
}

void append_pointer_token(std::string& pointer, std::string_view token) {
  pointer.push_back('/');
  for (const char c : token) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer.push_back(c);
    }
  }
}

JsonDocument JsonDocument::parse(std::string_view text, const LoadLimits& limits) {
  JsonDocument doc;
  doc.text_ = text;
  using Kind = LoadProblem::Kind;
  if (text.size() > std::numeric_limits<std::uint32_t>::max() - 1) {
    doc.problems_.push_back({Kind::kSyntax, {0, 0}, "file is larger than 4 GiB", {}});
    return doc;
  }
  std::uint32_t base = 0;
  const auto starts_with = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
  if (starts_with("\xEF\xBB\xBF")) {
    doc.problems_.push_back({Kind::kByteOrderMark, {0, 3}, {}, {}});
    base = 3;
  } else if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF") || starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    doc.problems_.push_back({Kind::kUtf16, {0, 2}, {}, {}});
    return doc;
  }
  if (const auto bad = find_invalid_utf8(text.substr(base))) {
    const auto at = static_cast<std::uint32_t>(base + *bad);
    doc.problems_.push_back({Kind::kInvalidUtf8, {at, at + 1}, {}, {}});
    return doc;
  }
  if (const std::size_t at = find_lone_surrogate(text.substr(base)); at != std::string_view::npos) {
    const auto b = static_cast<std::uint32_t>(base + at);
    doc.problems_.push_back({Kind::kLoneSurrogate, {b, b + 6}, std::string(text.substr(b, 6)), {}});
    return doc;
  }
  // RapidJSON reads a NUL byte as the end of input; JSON never contains one.
  if (const auto nul = text.find('\0', base); nul != std::string_view::npos) {
    const auto at = static_cast<std::uint32_t>(nul);
    doc.problems_.push_back({Kind::kSyntax, {at, at + 1}, "Unexpected NUL byte (is this a binary file?).", {}});
    return doc;
  }
  if (only_whitespace(text.substr(base))) {
    doc.problems_.push_back({Kind::kEmpty, {0, 0}, {}, {}});
    return doc;
  }

  auto dom = std::make_unique<rapidjson::Document>();
  // NUL-terminated (the text holds no NUL: checked above) and padded for
  // RapidJSON's 16-byte reads (load/rapidjson.h).
  std::string padded;
  padded.reserve(text.size() - base + 16);
  padded.append(text.substr(base)).append(16, '\0');
  rapidjson::StringStream stream(padded.data());
  SpanRecorder recorder(*dom, stream, text, base, limits, doc.nodes_, doc.problems_);
  rapidjson::ParseResult result;
  auto generator = [&](rapidjson::Document& /*handler*/) {
    rapidjson::Reader reader;
    result = reader.Parse<kParseFlags>(stream, recorder);
    return !result.IsError();
  };
  dom->Populate(generator);
  if (result.IsError()) {
    if (!recorder.stopped_by_limit()) {
      const auto at = static_cast<std::uint32_t>(base + result.Offset());
      const char c = at < text.size() ? text[at] : '\0';
      std::string detail = rapidjson::GetParseError_En(result.Code());
      if (c == '\n' || c == '\r') {
        detail = "A string is not closed on its line (write a line break inside a string as \\n).";
      } else if (static_cast<unsigned char>(c) < 0x20 && at < text.size()) {
        detail = "Unescaped control character in a string (write it as \\u00XX).";
      }
      // A problem at a line break points at the end of the line, not the next.
      const std::uint32_t end = (c == '\n' || c == '\r' || at >= text.size()) ? at : at + 1;
      doc.problems_.push_back({Kind::kSyntax, {at, end}, detail, {}});
    }
    doc.nodes_.clear();
    return doc;
  }
  doc.dom_ = std::move(dom);
  doc.index_dom();
  doc.find_duplicate_keys();
  return doc;
}

JsonDocument JsonDocument::unparsed(LoadProblem problem) {
  JsonDocument doc;
  doc.problems_.push_back(std::move(problem));
  return doc;
}

void JsonDocument::index_dom() {
  values_.assign(nodes_.size(), nullptr);
  children_.assign(nodes_.size(), {});
  // Pre-order walk: the same order in which the SAX events created nodes_.
  std::vector<const rapidjson::Value*> stack{dom_.get()};
  NodeId next = 0;
  while (!stack.empty()) {
    const rapidjson::Value* v = stack.back();
    stack.pop_back();
    const NodeId id = next++;
    values_[id] = v;
    if (nodes_[id].parent != kNoNode) children_[nodes_[id].parent].push_back(id);
    if (v->IsObject()) {
      for (auto it = v->MemberEnd(); it != v->MemberBegin();) stack.push_back(&(--it)->value);
    } else if (v->IsArray()) {
      for (auto it = v->End(); it != v->Begin();) stack.push_back(--it);
    }
  }
}

// RapidJSON keeps both members of a duplicated key. Checked after parsing,
// per object, so the parse itself allocates nothing per key.
void JsonDocument::find_duplicate_keys() {
  std::vector<std::pair<std::string_view, NodeId>> names;
  const std::size_t before = problems_.size();
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    const rapidjson::Value& v = *values_[id];
    if (!v.IsObject() || v.MemberCount() < 2) continue;
    names.clear();
    for (const NodeId c : children_[id]) {
      const auto& name = (v.MemberBegin() + nodes_[c].index)->name;
      names.emplace_back(std::string_view(name.GetString(), name.GetStringLength()), c);
    }
    std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 1, first = 0; i < names.size(); ++i) {
      if (names[i].first != names[first].first) {
        first = i;
        continue;
      }
      LoadProblem p{LoadProblem::Kind::kDuplicateKey, nodes_[names[i].second].key, std::string(names[i].first),
                    nodes_[names[first].second].key};
      p.node = names[i].second;
      problems_.push_back(std::move(p));
    }
  }
  std::stable_sort(problems_.begin() + static_cast<std::ptrdiff_t>(before), problems_.end(),
                   [](const LoadProblem& a, const LoadProblem& b) { return a.span.begin < b.span.begin; });
}

NodeId JsonDocument::node_of(const rapidjson::Value& value) const {
  if (index_.empty() && !values_.empty()) {
    index_.reserve(values_.size());
    for (NodeId id = 0; id < values_.size(); ++id) index_.emplace(values_[id], id);
  }
  const auto it = index_.find(&value);
  return it == index_.end() ? kNoNode : it->second;
}

std::string JsonDocument::pointer(NodeId id) const {
  std::vector<NodeId> chain;
  for (NodeId n = id; n != kNoNode && nodes_[n].parent != kNoNode; n = nodes_[n].parent) chain.push_back(n);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const JsonNode& n = nodes_[*it];
    const rapidjson::Value& parent = *values_[n.parent];
    if (parent.IsObject()) {
      const auto& name = (parent.MemberBegin() + n.index)->name;
      append_pointer_token(out, std::string_view(name.GetString(), name.GetStringLength()));
    } else {
      append_pointer_token(out, std::to_string(n.index));
    }
  }
  return out;
}

NodeId JsonDocument::child(NodeId parent, std::string_view key) const {
  if (parent == kNoNode || !values_[parent]->IsObject()) return kNoNode;
  const rapidjson::Value& obj = *values_[parent];
  for (const NodeId c : children_[parent]) {
    const auto& name = (obj.MemberBegin() + nodes_[c].index)->name;
    if (std::string_view(name.GetString(), name.GetStringLength()) == key) return c;
  }
  return kNoNode;
}

NodeId JsonDocument::child(NodeId parent, std::size_t index) const {
  if (parent == kNoNode || index >= children_[parent].size()) return kNoNode;
  return children_[parent][index];
}

NodeId JsonDocument::resolve(std::string_view pointer) const {
  if (!ok()) return kNoNode;
  NodeId cur = 0;
  std::size_t pos = 0;
  while (pos < pointer.size()) {
    if (pointer[pos] != '/') return kNoNode;
    const std::size_t next = pointer.find('/', pos + 1);
    const std::string_view raw =
        pointer.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1);
    std::string token;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size()) {
        token.push_back(raw[i + 1] == '1' ? '/' : '~');
        ++i;
      } else {
        token.push_back(raw[i]);
      }
    }
    if (values_[cur]->IsArray()) {
      if (token.empty() || token.find_first_not_of("0123456789") != std::string::npos) return kNoNode;
      cur = child(cur, static_cast<std::size_t>(std::stoull(token)));
    } else {
      cur = child(cur, token);
    }
    if (cur == kNoNode) return kNoNode;
    pos = next == std::string_view::npos ? pointer.size() : next;
  }
  return cur;
}

namespace {
unsigned hex4(std::string_view s) {
  unsigned v = 0;
  for (const char c : s.substr(0, 4)) {
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f')
      v |= static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      v |= static_cast<unsigned>(c - 'A' + 10);
  }
  return v;
}
}  // namespace

const std::vector<JsonDocument::Escape>& JsonDocument::escapes(NodeId id) const {
  auto [it, added] = escapes_.try_emplace(id);
  if (!added) return it->second;
  // Raw content between the quotes; the JSON was validated, so escapes are well formed.
  const JsonNode& n = nodes_[id];
  const std::uint32_t end = n.value.end - 1;
  std::uint32_t produced = 0;
  for (std::uint32_t i = n.value.begin + 1; i < end;) {
    if (text_[i] != '\\') {
      ++i;
      ++produced;
      continue;
    }
    std::uint32_t raw_len = 2, out_len = 1;
    if (text_[i + 1] == 'u') {
      const unsigned cp = hex4(text_.substr(i + 2));
      raw_len = 6;
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 12 <= end && text_[i + 6] == '\\') {
        raw_len = 12;
        out_len = 4;
      } else {
        out_len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
      }
    }
    it->second.push_back({produced, i, raw_len, out_len});
    produced += out_len;
    i += raw_len;
  }
  return it->second;
}

std::uint32_t JsonDocument::source_offset_in_string(NodeId id, std::size_t decoded) const {
  const JsonNode& n = nodes_[id];
  const std::uint32_t first = n.value.begin + 1;
  const std::uint32_t end = n.value.end - 1;
  // Without escapes, decoded and raw bytes are the same.
  if (values_[id]->GetStringLength() == end - first)
    return static_cast<std::uint32_t>(std::min<std::size_t>(first + decoded, end));
  const std::vector<Escape>& list = escapes(id);
  const auto after =
      std::upper_bound(list.begin(), list.end(), decoded, [](std::size_t d, const Escape& e) { return d < e.decoded; });
  if (after == list.begin()) return static_cast<std::uint32_t>(std::min<std::size_t>(first + decoded, end));
  const Escape& e = *(after - 1);
  if (decoded < e.decoded + e.out_len) return e.raw;  // inside what the escape produced
  return static_cast<std::uint32_t>(std::min<std::size_t>(e.raw + e.raw_len + (decoded - e.decoded - e.out_len), end));
}

Span JsonDocument::string_span(NodeId string_node, std::size_t begin, std::size_t end) const {
  const JsonNode& n = nodes_[string_node];
  if (!values_[string_node]->IsString()) return n.value;
  return {source_offset_in_string(string_node, begin), source_offset_in_string(string_node, end)};
}

std::size_t JsonDocument::decoded_offset(NodeId string_node, std::uint32_t source_offset) const {
  const JsonNode& n = nodes_[string_node];
  if (!values_[string_node]->IsString()) return 0;
  const std::size_t length = values_[string_node]->GetStringLength();
  const std::uint32_t first = n.value.begin + 1;
  if (source_offset <= first) return 0;
  if (source_offset >= n.value.end - 1) return length;
  const std::vector<Escape>& list = escapes(string_node);
  const auto after = std::upper_bound(list.begin(), list.end(), source_offset,
                                      [](std::uint32_t s, const Escape& e) { return s < e.raw; });
  if (after == list.begin()) return std::min<std::size_t>(source_offset - first, length);
  const Escape& e = *(after - 1);
  if (source_offset < e.raw + e.raw_len) return e.decoded;
  return std::min<std::size_t>(e.decoded + e.out_len + (source_offset - e.raw - e.raw_len), length);
}

}  // namespace medlint
