#include "medlint/engine/schema_fast.h"

#include <re2/re2.h>
#include <rapidjson/pointer.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_set>

namespace medlint {

using rapidjson::Value;
using Verdict = FastSchema::Verdict;

namespace {

enum TypeBit : unsigned {
  kNull = 1,
  kBoolean = 2,
  kObject = 4,
  kArray = 8,
  kNumber = 16,
  kInteger = 32,
  kString = 64,
};

std::optional<unsigned> type_bit(std::string_view name) {
  if (name == "null") return kNull;
  if (name == "boolean") return kBoolean;
  if (name == "object") return kObject;
  if (name == "array") return kArray;
  if (name == "number") return kNumber;
  if (name == "integer") return kInteger;
  if (name == "string") return kString;
  return std::nullopt;
}

std::string_view view(const Value& s) { return {s.GetString(), s.GetStringLength()}; }

// Integers a double holds exactly: valijson compares numbers as doubles.
constexpr std::int64_t kExact = std::int64_t{1} << 53;

std::optional<std::int64_t> exact_integer(const Value& v) {
  if (!v.IsInt64()) return std::nullopt;
  const std::int64_t i = v.GetInt64();
  if (i > kExact || i < -kExact) return std::nullopt;
  return i;
}

// The `type` names `v` satisfies: an integer is also a number.
unsigned type_bits(const Value& v) {
  if (v.IsNumber()) return (v.IsInt64() || v.IsUint64()) ? (kNumber | kInteger) : unsigned{kNumber};
  if (v.IsNull()) return kNull;
  if (v.IsBool()) return kBoolean;
  if (v.IsObject()) return kObject;
  if (v.IsArray()) return kArray;
  return kString;
}

// Folds a part's verdict into the whole: invalid wins, then unknown.
void fold(Verdict& whole, Verdict part) {
  if (part == Verdict::kInvalid) whole = Verdict::kInvalid;
  if (part == Verdict::kUnknown && whole == Verdict::kValid) whole = Verdict::kUnknown;
}

}  // namespace

struct FastSchema::Node {
  std::size_t ref = SIZE_MAX;                                   // $ref: the whole schema is its target's
  unsigned types = 0;                                           // `type` bits; 0: any
  std::vector<std::pair<std::string, std::size_t>> properties;  // sorted by name
  bool closed = false;                                          // additionalProperties: false
  bool x_extensions = false;  // patternProperties {"^x-": {}}: names starting "x-" are allowed, unchecked
  std::vector<std::string> required;
  std::size_t items = SIZE_MAX;
  std::optional<std::uint64_t> min_items;
  bool unique = false;
  std::optional<std::uint64_t> min_length;
  std::shared_ptr<const RE2> pattern;
  std::optional<std::vector<std::string>> strings;  // enum or const: the strings allowed
  std::optional<std::int64_t> minimum, maximum;
  std::vector<std::size_t> all_of;
  std::vector<std::pair<std::size_t, std::size_t>> if_then;  // then: SIZE_MAX when absent
};

// Builds the nodes from the schema; fails on anything outside the subset.
class FastSchema::Compiler {
 public:
  Compiler(const Value& root, std::vector<Node>& nodes) : root_(root), nodes_(nodes) {}

  std::optional<std::size_t> node(const Value& s, int depth = 0) {
    if (!s.IsObject() || depth > 64) return std::nullopt;
    if (const auto it = done_.find(&s); it != done_.end()) return it->second;
    const std::size_t index = nodes_.size();
    nodes_.emplace_back();
    done_[&s] = index;
    Node n;
    for (const auto& m : s.GetObject()) {
      if (!keyword(view(m.name), m.value, n, depth)) return std::nullopt;
    }
    // `then` belongs to its sibling `if`; `else`, and `then` alone, are outside the subset.
    if (const auto then = s.FindMember("then"); then != s.MemberEnd()) {
      if (n.if_then.empty() || !sub(then->value, n.if_then.front().second, depth)) return std::nullopt;
    }
    if (n.ref != SIZE_MAX && has_assertions(n)) return std::nullopt;  // draft-07: $ref hides its siblings
    nodes_[index] = std::move(n);
    return index;
  }

 private:
  const Value& root_;
  std::vector<Node>& nodes_;
  std::map<const Value*, std::size_t> done_;

  static bool has_assertions(const Node& n) {
    return n.types || !n.properties.empty() || n.closed || !n.required.empty() || n.items != SIZE_MAX || n.min_items ||
           n.unique || n.min_length || n.pattern || n.strings || n.minimum || n.maximum || !n.all_of.empty() ||
           !n.if_then.empty();
  }

  bool keyword(std::string_view key, const Value& v, Node& n, int depth) {
    static const std::unordered_set<std::string_view> kAnnotations = {
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "definitions"};
    if (kAnnotations.contains(key)) return true;
    if (key == "$ref") return ref(v, n, depth);
    if (key == "type") return type(v, n);
    if (key == "properties") return properties(v, n, depth);
    if (key == "additionalProperties") return v.IsBool() && !v.GetBool() && (n.closed = true);
    if (key == "patternProperties") return pattern_properties(v, n);
    if (key == "required") return string_list(v, n.required);
    if (key == "items") return sub(v, n.items, depth);
    if (key == "minItems") return count(v, n.min_items);
    if (key == "uniqueItems") return v.IsBool() && ((n.unique = v.GetBool()) || true);
    if (key == "minLength") return count(v, n.min_length);
    if (key == "pattern") return pattern(v, n);
    if (key == "enum") return n.strings ? false : string_list(v, n.strings.emplace());
    if (key == "const") return !n.strings && v.IsString() && (n.strings.emplace(1, std::string(view(v))), true);
    if (key == "minimum") return integer(v, n.minimum);
    if (key == "maximum") return integer(v, n.maximum);
    if (key == "allOf") return all_of(v, n, depth);
    if (key == "if") return if_then(v, n, depth);
    if (key == "then") return true;  // read with `if`
    return false;
  }

  bool ref(const Value& v, Node& n, int depth) {
    if (!v.IsString() || v.GetStringLength() == 0 || v.GetString()[0] != '#') return false;
    const rapidjson::Pointer pointer(v.GetString(), v.GetStringLength());
    const Value* target = pointer.IsValid() ? pointer.Get(root_) : nullptr;
    if (!target) return false;
    const auto index = node(*target, depth + 1);
    if (!index) return false;
    n.ref = *index;
    return true;
  }

  bool type(const Value& v, Node& n) {
    const auto add = [&](const Value& name) {
      const auto bit = name.IsString() ? type_bit(view(name)) : std::nullopt;
      if (bit) n.types |= *bit;
      return bit.has_value();
    };
    if (v.IsString()) return add(v);
    if (!v.IsArray() || v.Empty()) return false;
    return std::all_of(v.Begin(), v.End(), add);
  }

  bool properties(const Value& v, Node& n, int depth) {
    if (!v.IsObject()) return false;
    for (const auto& m : v.GetObject()) {
      const auto index = node(m.value, depth + 1);
      if (!index || view(m.name).find('\0') != std::string_view::npos) return false;
      n.properties.emplace_back(std::string(view(m.name)), *index);
    }
    std::sort(n.properties.begin(), n.properties.end());
    return std::adjacent_find(n.properties.begin(), n.properties.end(),
                              [](const auto& a, const auto& b) { return a.first == b.first; }) == n.properties.end();
  }

  // Only {"^x-": {}}: extensions allowed and unchecked.
  static bool pattern_properties(const Value& v, Node& n) {
    if (!v.IsObject() || v.MemberCount() != 1) return false;
    const auto& m = *v.MemberBegin();
    if (view(m.name) != "^x-" || !m.value.IsObject() || m.value.MemberCount() != 0) return false;
    n.x_extensions = true;
    return true;
  }

  static bool string_list(const Value& v, std::vector<std::string>& out) {
    if (!v.IsArray()) return false;
    for (const auto& s : v.GetArray()) {
      if (!s.IsString()) return false;
      out.emplace_back(view(s));
    }
    return true;
  }

  static bool count(const Value& v, std::optional<std::uint64_t>& out) {
    if (!v.IsUint64()) return false;
    out = v.GetUint64();
    return true;
  }

  static bool integer(const Value& v, std::optional<std::int64_t>& out) {
    const auto i = exact_integer(v);
    if (!i) return false;
    out = *i;
    return true;
  }

  static bool pattern(const Value& v, Node& n) {
    if (!v.IsString()) return false;
    auto re = std::make_shared<const RE2>(re2::StringPiece(v.GetString(), v.GetStringLength()), RE2::Quiet);
    if (!re->ok()) return false;
    n.pattern = std::move(re);
    return true;
  }

  bool sub(const Value& v, std::size_t& out, int depth) {
    const auto index = node(v, depth + 1);
    if (index) out = *index;
    return index.has_value();
  }

  bool all_of(const Value& v, Node& n, int depth) {
    if (!v.IsArray() || v.Empty()) return false;
    for (const auto& s : v.GetArray()) {
      std::size_t index = SIZE_MAX;
      if (!sub(s, index, depth)) return false;
      n.all_of.push_back(index);
    }
    return true;
  }

  // `if`; node() adds its sibling `then`.
  bool if_then(const Value& v, Node& n, int depth) {
    std::size_t cond = SIZE_MAX;
    if (!sub(v, cond, depth)) return false;
    n.if_then.emplace_back(cond, SIZE_MAX);
    return true;
  }
};

FastSchema::FastSchema() = default;
FastSchema::~FastSchema() = default;

std::unique_ptr<const FastSchema> FastSchema::compile(const Value& schema) {
  std::unique_ptr<FastSchema> fast(new FastSchema());
  Compiler compiler(schema, fast->nodes_);
  if (compiler.node(schema) != std::size_t{0}) return nullptr;
  return fast;
}

FastSchema::Verdict FastSchema::check(const Value& instance) const { return eval(0, instance); }

Verdict FastSchema::eval(std::size_t index, const Value& v) const {
  const Node& s = nodes_[index];
  if (s.ref != SIZE_MAX) return eval(s.ref, v);
  Verdict out = Verdict::kValid;
  if (s.types) {
    const unsigned has = type_bits(v);
    if (!(s.types & has)) {
      // A double may be integral, and valijson may take it as an integer.
      fold(out, v.IsDouble() && (s.types & kInteger) ? Verdict::kUnknown : Verdict::kInvalid);
    }
  }
  if (v.IsString()) fold(out, eval_string(s, v));
  if (s.strings && !v.IsString()) fold(out, Verdict::kUnknown);  // enum/const of strings against another type
  if (v.IsNumber()) fold(out, eval_number(s, v));
  if (v.IsArray()) fold(out, eval_array(s, v));
  if (v.IsObject()) fold(out, eval_object(s, v));
  for (const std::size_t part : s.all_of) {
    if (out == Verdict::kInvalid) return out;
    fold(out, eval(part, v));
  }
  for (const auto& [cond, then] : s.if_then) {
    if (out == Verdict::kInvalid || then == SIZE_MAX) break;
    const Verdict c = eval(cond, v);
    if (c == Verdict::kInvalid) continue;
    const Verdict t = eval(then, v);
    // An undecided `if` is fine when `then` holds anyway.
    fold(out, c == Verdict::kValid || t == Verdict::kValid ? t : Verdict::kUnknown);
  }
  return out;
}

Verdict FastSchema::eval_string(const Node& s, const Value& v) const {
  const std::string_view text = view(v);
  Verdict out = Verdict::kValid;
  if (s.min_length) {
    // valijson counts code points up to the first NUL (a C string).
    if (text.find('\0') != std::string_view::npos) return Verdict::kUnknown;
    const auto points = static_cast<std::uint64_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    if (points < *s.min_length) return Verdict::kInvalid;
  }
  if (s.pattern && !RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *s.pattern)) {
    return Verdict::kInvalid;
  }
  if (s.strings && std::find(s.strings->begin(), s.strings->end(), text) == s.strings->end()) {
    return Verdict::kInvalid;
  }
  return out;
}

Verdict FastSchema::eval_number(const Node& s, const Value& v) const {
  if (!s.minimum && !s.maximum) return Verdict::kValid;
  const auto i = exact_integer(v);
  if (!i) return Verdict::kUnknown;
  if ((s.minimum && *i < *s.minimum) || (s.maximum && *i > *s.maximum)) return Verdict::kInvalid;
  return Verdict::kValid;
}

Verdict FastSchema::eval_array(const Node& s, const Value& v) const {
  Verdict out = Verdict::kValid;
  if (s.min_items && v.Size() < *s.min_items) return Verdict::kInvalid;
  if (s.unique && v.Size() > 1) {
    // Strings or exact integers only: they are equal for valijson exactly
    // when they are equal here.
    std::vector<std::string_view> texts;
    std::vector<std::int64_t> numbers;
    for (const auto& item : v.GetArray()) {
      if (item.IsString()) {
        texts.push_back(view(item));
      } else if (const auto i = exact_integer(item)) {
        numbers.push_back(*i);
      } else {
        return Verdict::kUnknown;
      }
    }
    std::sort(texts.begin(), texts.end());
    std::sort(numbers.begin(), numbers.end());
    if (std::adjacent_find(texts.begin(), texts.end()) != texts.end() ||
        std::adjacent_find(numbers.begin(), numbers.end()) != numbers.end()) {
      return Verdict::kInvalid;
    }
  }
  if (s.items != SIZE_MAX) {
    for (const auto& item : v.GetArray()) {
      fold(out, eval(s.items, item));
      if (out == Verdict::kInvalid) return out;
    }
  }
  return out;
}

Verdict FastSchema::eval_object(const Node& s, const Value& v) const {
  Verdict out = Verdict::kValid;
  for (const std::string& name : s.required) {
    const Value key(rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size())));
    if (v.FindMember(key) == v.MemberEnd()) return Verdict::kInvalid;
  }
  for (const auto& m : v.GetObject()) {
    const std::string_view name = view(m.name);
    if (name.find('\0') != std::string_view::npos) return Verdict::kUnknown;
    const auto it = std::lower_bound(s.properties.begin(), s.properties.end(), name,
                                     [](const auto& p, std::string_view n) { return p.first < n; });
    if (it != s.properties.end() && it->first == name) {
      fold(out, eval(it->second, m.value));
      if (out == Verdict::kInvalid) return out;
    } else if (s.closed && !(s.x_extensions && name.starts_with("x-"))) {
      return Verdict::kInvalid;
    }
  }
  return out;
}

}  // namespace medlint
