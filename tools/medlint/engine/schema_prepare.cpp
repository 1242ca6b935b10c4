#include "medlint/engine/schema_prepare.h"

#include "medlint/engine/valijson.h"  // first: it sets up RapidJSON for valijson

#include <re2/re2.h>
#include "medlint/load/rapidjson.h"  // before any RapidJSON header
#include <rapidjson/pointer.h>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <regex>
#include <span>
#include <unordered_set>
#include <vector>

namespace medlint {
namespace {

using rapidjson::Value;

constexpr const char* kPatternKeyword = "x-medlint-pattern";
constexpr const char* kUniqueKeyword = "x-medlint-unique-items";
constexpr const char* kFormatKeyword = "x-medlint-format";
constexpr const char* kClosedKeyword = "x-medlint-closed";
constexpr const char* kIgnoredKeyword = "x-medlint-replaced";

// Keywords whose value is one subschema, an array of them, or an object of
// them; and those of the first two kinds that apply to the instance in place
// (an edge of a possible endless recursion in valijson's parser).
constexpr std::string_view kOneSchema[] = {
    "additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else", "items"};
constexpr std::string_view kSchemaArrays[] = {"allOf", "anyOf", "oneOf", "items"};
constexpr std::string_view kSchemaObjects[] = {"properties", "patternProperties", "definitions", "dependencies"};
constexpr std::string_view kInPlace[] = {"allOf", "anyOf", "oneOf", "not", "if", "then", "else"};

bool in(std::string_view key, std::span<const std::string_view> set) {
  return std::find(set.begin(), set.end(), key) != set.end();
}

// The target of a local "$ref" ("#", "#/definitions/x"), or null.
template <class V>
V* resolve_ref(V& root, const Value& ref) {
  if (!ref.IsString() || ref.GetStringLength() == 0 || ref.GetString()[0] != '#') return nullptr;
  const rapidjson::Pointer pointer(ref.GetString(), ref.GetStringLength());
  if (!pointer.IsValid()) return nullptr;
  return pointer.Get(root);
}

// Calls f(schema) once for every subschema reachable from the root through
// schema keywords and local $refs. No recursion: schemas may nest deeply.
template <class V, class F>
void for_each_subschema(V& root, F&& f) {
  std::vector<V*> pending{&root};
  std::unordered_set<const Value*> seen;
  while (!pending.empty()) {
    V* s = pending.back();
    pending.pop_back();
    if (!s->IsObject() || !seen.insert(s).second) continue;
    f(*s);
    // By index: clang in C++20 finds RapidJSON's iterator != ambiguous.
    for (rapidjson::SizeType i = 0; i < s->MemberCount(); ++i) {
      auto& m = *(s->MemberBegin() + i);
      const std::string_view key(m.name.GetString(), m.name.GetStringLength());
      if (key == "$ref") {
        if (V* target = resolve_ref(root, m.value)) pending.push_back(target);
      } else if (in(key, kSchemaArrays) && m.value.IsArray()) {
        for (rapidjson::SizeType k = 0; k < m.value.Size(); ++k) pending.push_back(&m.value[k]);
      } else if (in(key, kSchemaObjects) && m.value.IsObject()) {
        for (rapidjson::SizeType k = 0; k < m.value.MemberCount(); ++k)
          pending.push_back(&(m.value.MemberBegin() + k)->value);
      }
      if (in(key, kOneSchema) && m.value.IsObject()) pending.push_back(&m.value);
    }
  }
}

class Checker {
 public:
  Checker(const JsonDocument& doc, const SourceFile& source) : doc_(doc), source_(source) {}

  Result<void> check() {
    const Value& root = doc_.root();
    if (!root.IsObject()) {
      return Error{at(root, false,
                      std::string("the schema is ") +
                          (root.IsBool() ? (root.GetBool() ? "`true`" : "`false`") : "not an object") +
                          ": a boolean schema accepts or rejects every article; write an object schema")};
    }
    for_each_subschema(root, [&](const Value& s) {
      if (error_.empty()) check_one(s);
    });
    if (error_.empty()) find_cycle();
    if (!error_.empty()) return Error{error_};
    return {};
  }

 private:
  const JsonDocument& doc_;
  const SourceFile& source_;
  std::string error_;
  // In-place edges between schema objects, with the value that makes each.
  std::map<const Value*, std::vector<std::pair<const Value*, const Value*>>> edges_;

  std::string at(const Value& v, bool key, const std::string& what) const {
    const NodeId n = doc_.node_of(v);
    const Span span = n == kNoNode ? Span{} : key ? doc_.node(n).key : doc_.node(n).value;
    const Position p = source_.position(span.begin);
    return source_.path() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + what;
  }

  void fail(const Value& v, bool key, const std::string& what) {
    if (error_.empty()) error_ = at(v, key, what);
  }

  void check_one(const Value& s) {
    for (const auto& m : s.GetObject()) {
      const std::string_view key(m.name.GetString(), m.name.GetStringLength());
      if (key == "$ref") {
        const Value* target = resolve_ref(doc_.root(), m.value);
        if (!m.value.IsString() || m.value.GetString()[0] != '#') {
          fail(m.value, false,
               "`$ref` must point inside this file (\"#/definitions/name\"); medlint never fetches schemas");
        } else if (!target) {
          fail(m.value, false, "`$ref` points at nothing in this file");
        } else if (target->IsObject()) {
          edges_[&s].emplace_back(target, &m.value);
        }
      } else if (in(key, kInPlace)) {
        if (m.value.IsObject()) edges_[&s].emplace_back(&m.value, &m.value);
        if (m.value.IsArray()) {
          for (const auto& item : m.value.GetArray()) {
            if (item.IsObject()) edges_[&s].emplace_back(&item, &item);
          }
        }
      } else if (key == "pattern" && m.value.IsString()) {
        const RE2 re(m.value.GetString(), RE2::Quiet);
        if (!re.ok()) fail(m.value, false, "`pattern` " + unusable(re.error()));
      } else if (key == "patternProperties" && m.value.IsObject()) {
        for (const auto& p : m.value.GetObject()) check_property_pattern(p.value, p.name.GetString());
      }
    }
  }

  static std::string unusable(const std::string& why) {
    return "is not a regular expression medlint can run (" + why +
           "; look-around and back-references are not supported)";
  }

  // valijson matches property names with std::regex, medlint's messages with RE2.
  void check_property_pattern(const Value& subschema, const char* pattern) {
    const RE2 re(pattern, RE2::Quiet);
    if (!re.ok()) {
      fail(subschema, true, "the `patternProperties` name " + unusable(re.error()));
      return;
    }
    try {
      const std::regex ecma(pattern);
    } catch (const std::regex_error& e) {
      fail(subschema, true, "the `patternProperties` name " + unusable(e.what()));
    }
  }

  // A cycle of in-place edges ($ref, allOf, ..., not, if, then, else) that
  // never passes through a property or an item: valijson would recurse
  // until the stack overflows.
  void find_cycle() {
    enum class Color { kWhite, kGray, kBlack };
    std::map<const Value*, Color> color;
    for (const auto& [start, unused] : edges_) {
      if (color[start] != Color::kWhite) continue;
      std::vector<std::pair<const Value*, std::size_t>> stack{{start, 0}};
      color[start] = Color::kGray;
      while (!stack.empty() && error_.empty()) {
        auto& [node, next] = stack.back();
        const auto it = edges_.find(node);
        if (it == edges_.end() || next >= it->second.size()) {
          color[node] = Color::kBlack;
          stack.pop_back();
          continue;
        }
        const auto [target, why] = it->second[next++];
        if (color[target] == Color::kGray) {
          fail(*why, false,
               "this `$ref`, `allOf`, `anyOf`, `oneOf`, `not` or `if` leads back to a schema that "
               "leads to it, without a property or item in between: validation would never end");
        } else if (color[target] == Color::kWhite) {
          color[target] = Color::kGray;
          stack.emplace_back(target, 0);
        }
      }
      if (!error_.empty()) return;
    }
  }
};

// ---- Constraints behind the renamed keywords ---------------------------------

using valijson::adapters::Adapter;
using valijson::constraints::Constraint;
using valijson::constraints::PolyConstraint;

// `pattern` with RE2: linear time, no recursion, whatever the string.
class Re2Pattern final : public PolyConstraint {
 public:
  explicit Re2Pattern(const std::string& pattern) : re_(std::make_shared<const RE2>(pattern, RE2::Quiet)) {}

  bool validate(const Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    std::string s;
    if (!target.isString() || !target.getString(s)) return true;  // `pattern` applies to strings only
    if (re_->ok() && RE2::PartialMatch(s, *re_)) return true;
    if (results) results->pushError(context, "Failed to match regex specified by 'pattern' constraint.");
    return false;
  }

 private:
  Constraint* cloneInto(void* where) const override { return new (where) Re2Pattern(*this); }
  std::size_t sizeOf() const override { return sizeof(Re2Pattern); }
  std::shared_ptr<const RE2> re_;
};

// A value written so that equal JSON values (key order aside) read the same.
void canonical(const Adapter& v, std::string& out) {
  if (v.isObject()) {
    std::vector<std::pair<std::string, std::string>> members;
    v.applyToObject([&](const std::string& name, const Adapter& value) {
      std::string text;
      canonical(value, text);
      members.emplace_back(name, std::move(text));
      return true;
    });
    std::sort(members.begin(), members.end());
    out += '{';
    for (const auto& [name, text] : members) out += std::to_string(name.size()) + ':' + name + text;
    out += '}';
  } else if (v.isArray()) {
    out += '[';
    v.applyToArray([&](const Adapter& item) {
      canonical(item, out);
      out += ',';
      return true;
    });
    out += ']';
  } else if (v.isString()) {
    const std::string s = v.getString();
    out += 's' + std::to_string(s.size()) + ':' + s;
  } else if (v.isNumber()) {
    const double d = v.getNumber();
    char buf[40];
    std::snprintf(buf, sizeof buf, "n%.17g", d);
    out += buf;
  } else if (v.isBool()) {
    out += v.getBool() ? 't' : 'f';
  } else {
    out += 'z';
  }
}

// `uniqueItems` by hashing each item's canonical form: linear in the array,
// where valijson compares every pair. The same errors as valijson's, one per
// repeat, naming the first occurrence.
class LinearUniqueItems final : public PolyConstraint {
 public:
  bool validate(const Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    if (!target.isArray()) return true;
    std::unordered_map<std::string, std::size_t> first;
    std::size_t index = 0;
    bool unique = true;
    target.applyToArray([&](const Adapter& item) {
      std::string key;
      canonical(item, key);
      const auto [it, added] = first.emplace(std::move(key), index);
      if (!added) {
        unique = false;
        if (results) {
          results->pushError(context, "Elements at indexes #" + std::to_string(it->second) + " and #" +
                                          std::to_string(index) + " violate uniqueness constraint.");
        }
      }
      ++index;
      return results != nullptr || unique;
    });
    return unique;
  }

 private:
  Constraint* cloneInto(void* where) const override { return new (where) LinearUniqueItems(*this); }
  std::size_t sizeOf() const override { return sizeof(LinearUniqueItems); }
};

// `format` date, time and date-time as valijson checks them, with RE2 (its
// std::regex recurses per digit of a hostile year); other formats pass.
class Re2Format final : public PolyConstraint {
 public:
  explicit Re2Format(std::string format) : format_(std::move(format)) {}

  bool validate(const Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    static const RE2 kDate("^([0-9]+)-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$");
    static const RE2 kTime(
        "^([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\\.[0-9]+)?(([Zz])|([\\+|\\-]([01][0-9]|2[0-3]):[0-5][0-9]))"
        "$");
    static const RE2 kDateTime(
        "^([0-9]+)-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(\\.[0-9]"
        "+)?(([Zz])|([\\+|\\-]([01][0-9]|2[0-3]):[0-5][0-9]))$");
    std::string s;
    if (!target.isString() || !target.getString(s)) return true;
    int month = 1, day = 1;
    bool ok = true;
    if (format_ == "date") {
      ok = RE2::FullMatch(s, kDate, static_cast<void*>(nullptr), &month, &day) && day_fits(month, day);
    } else if (format_ == "time") {
      ok = RE2::FullMatch(s, kTime);
    } else if (format_ == "date-time") {
      ok = RE2::FullMatch(s, kDateTime, static_cast<void*>(nullptr), &month, &day) && day_fits(month, day);
    } else {
      return true;
    }
    if (!ok && results) results->pushError(context, "String should be a valid " + format_);
    return ok;
  }

 private:
  static bool day_fits(int month, int day) {
    if (month == 2) return day <= 29;
    if (month == 4 || month == 6 || month == 9 || month == 11) return day <= 30;
    return true;
  }
  Constraint* cloneInto(void* where) const override { return new (where) Re2Format(*this); }
  std::size_t sizeOf() const override { return sizeof(Re2Format); }
  std::string format_;
};

// A closed object whose extensions start with "x-": `additionalProperties:
// false` with `patternProperties: {"^x-": {}}`, as every object of the
// bundled article schema is. Its names are compared here, where valijson 1.0
// would build a std::regex for "^x-" on every object it visits (a third of
// the schema stage's time). The error is valijson's own, for the first name
// that is neither listed nor an extension.
class ClosedObject final : public PolyConstraint {
 public:
  ClosedObject(std::vector<std::string> names, std::string prefix)
      : names_(std::make_shared<const std::vector<std::string>>(std::move(names))), prefix_(std::move(prefix)) {}

  bool validate(const Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    if (!target.isObject()) return true;
    std::string unwanted;
    target.applyToObject([&](const std::string& name, const Adapter&) {
      if (name.starts_with(prefix_) || std::binary_search(names_->begin(), names_->end(), name)) return true;
      unwanted = name;
      return false;
    });
    if (unwanted.empty()) return true;
    if (results) {
      results->pushError(context,
                         "Object contains a property that could not be validated using 'properties' or "
                         "'additionalProperties' constraints: '" +
                             unwanted + "'.");
    }
    return false;
  }

 private:
  Constraint* cloneInto(void* where) const override { return new (where) ClosedObject(*this); }
  std::size_t sizeOf() const override { return sizeof(ClosedObject); }
  std::shared_ptr<const std::vector<std::string>> names_;  // sorted
  std::string prefix_;
};

class ClosedObjectBuilder final : public valijson::ConstraintBuilder {
 public:
  Constraint* make(const Adapter& value) const override {
    std::vector<std::string> names;
    std::string prefix;
    value.applyToObject([&](const std::string& key, const Adapter& v) {
      if (key == "prefix") prefix = v.getString();
      if (key == "names") {
        v.applyToArray([&](const Adapter& name) {
          names.push_back(name.getString());
          return true;
        });
      }
      return true;
    });
    std::sort(names.begin(), names.end());
    return new ClosedObject(std::move(names), std::move(prefix));
  }
};

class Re2FormatBuilder final : public valijson::ConstraintBuilder {
 public:
  Constraint* make(const Adapter& value) const override { return new Re2Format(value.getString()); }
};

class Re2PatternBuilder final : public valijson::ConstraintBuilder {
 public:
  Constraint* make(const Adapter& value) const override { return new Re2Pattern(value.getString()); }
};

class UniqueItemsBuilder final : public valijson::ConstraintBuilder {
 public:
  Constraint* make(const Adapter&) const override { return new LinearUniqueItems(); }
};

// `additionalProperties: false` + `patternProperties: {"^x-": {}}` (nothing
// else in patternProperties, an empty or `true` subschema) becomes
// kClosedKeyword with the names of `properties`; anything else is left to
// valijson.
void close_with_extensions(Value& s, rapidjson::Document::AllocatorType& allocator) {
  if (!s.IsObject() || !s.HasMember("additionalProperties") || !s["additionalProperties"].IsFalse() ||
      !s.HasMember("patternProperties") || !s["patternProperties"].IsObject() ||
      s["patternProperties"].MemberCount() != 1) {
    return;
  }
  const auto& pattern = *s["patternProperties"].MemberBegin();
  const bool accepts_all = pattern.value.IsTrue() || (pattern.value.IsObject() && pattern.value.MemberCount() == 0);
  if (std::string_view(pattern.name.GetString(), pattern.name.GetStringLength()) != "^x-" || !accepts_all) return;
  Value names(rapidjson::kArrayType);
  if (s.HasMember("properties") && s["properties"].IsObject()) {
    for (const auto& p : s["properties"].GetObject()) names.PushBack(Value(p.name, allocator), allocator);
  }
  Value closed(rapidjson::kObjectType);
  closed.AddMember("names", names, allocator);
  closed.AddMember("prefix", "x-", allocator);
  // Renamed in place, never added or removed: the walk holds pointers to
  // member values, which a reallocated member array would leave dangling.
  for (rapidjson::SizeType i = 0; i < s.MemberCount(); ++i) {
    auto& m = *(s.MemberBegin() + i);
    const std::string_view key(m.name.GetString(), m.name.GetStringLength());
    if (key == "additionalProperties") {
      m.name.SetString(rapidjson::StringRef(kClosedKeyword));
      m.value = closed;
    } else if (key == "patternProperties") {
      m.name.SetString(rapidjson::StringRef(kIgnoredKeyword));  // valijson skips keywords it does not know
    }
  }
}

}  // namespace

Result<void> prepare_schema(const JsonDocument& schema, const SourceFile& source, rapidjson::Document& out) {
  if (!schema.ok()) return Error{source.path() + ": not valid JSON"};
  if (auto checked = Checker(schema, source).check(); !checked) return checked;
  out.CopyFrom(schema.root(), out.GetAllocator());
  // Hand `pattern` and `uniqueItems: true` to the constraints above.
  auto& allocator = out.GetAllocator();
  for_each_subschema(static_cast<Value&>(out), [&](Value& s) {
    close_with_extensions(s, allocator);
    for (rapidjson::SizeType i = 0; i < s.MemberCount(); ++i) {
      auto& m = *(s.MemberBegin() + i);
      const std::string_view key(m.name.GetString(), m.name.GetStringLength());
      if (key == "pattern" && m.value.IsString()) m.name.SetString(rapidjson::StringRef(kPatternKeyword));
      if (key == "uniqueItems" && m.value.IsTrue()) m.name.SetString(rapidjson::StringRef(kUniqueKeyword));
      if (key == "format" && m.value.IsString()) m.name.SetString(rapidjson::StringRef(kFormatKeyword));
    }
  });
  return {};
}

void add_medlint_constraints(valijson::SchemaParser& parser) {
  parser.addConstraintBuilder(kClosedKeyword, new ClosedObjectBuilder());
  parser.addConstraintBuilder(kPatternKeyword, new Re2PatternBuilder());
  parser.addConstraintBuilder(kUniqueKeyword, new UniqueItemsBuilder());
  parser.addConstraintBuilder(kFormatKeyword, new Re2FormatBuilder());
}

}  // namespace medlint
