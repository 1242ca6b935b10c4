#include "medlint/engine/schema_set.h"
#include "medlint/base/words.h"

#include "medlint/engine/valijson.h"  // first: it sets up RapidJSON for valijson

#include <re2/re2.h>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "medlint/load/rapidjson.h"  // before any RapidJSON header
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <tuple>
#include <rapidjson/writer.h>
#include <set>

#include "medlint/base/embedded.h"
#include "medlint/engine/schema_fast.h"
#include "medlint/engine/schema_prepare.h"

namespace medlint {

class CompiledSchema {
 public:
  rapidjson::Document doc;           // the schema as written: messages look keywords up in it
  rapidjson::Document for_valijson;  // with `pattern` and `uniqueItems` renamed (schema_prepare.h)
  valijson::Schema schema;
  std::unique_ptr<const FastSchema> fast;  // null: the schema is outside the fast path's subset
};

namespace {

using rapidjson::Value;

std::string_view embedded_schema_path(SchemaKind kind) {
  switch (kind) {
    case SchemaKind::kArticle: return "schemas/article.schema.json";
    case SchemaKind::kPeople: return "schemas/people.schema.json";
    case SchemaKind::kDisclaimers: return "schemas/disclaimers.schema.json";
    case SchemaKind::kConfig: return "schemas/config.schema.json";
    case SchemaKind::kReport: return "schemas/medlint-output.schema.json";
  }
  return {};
}

Result<void> compile(std::string_view text, const std::string& origin, CompiledSchema& out) {
  const SourceFile source(origin, std::string(text));
  const JsonDocument parsed = JsonDocument::parse(source.text());
  for (const LoadProblem& p : parsed.problems()) {
    const Position at = source.position(p.span.begin);
    const std::string where = origin + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": ";
    if (p.kind == LoadProblem::Kind::kDuplicateKey) return Error{where + "duplicate key \"" + p.detail + "\""};
    if (!parsed.ok()) return Error{where + "not valid JSON" + (p.detail.empty() ? "" : ": " + p.detail)};
  }
  if (!parsed.ok()) return Error{origin + ": not valid JSON"};
  out.doc.CopyFrom(parsed.root(), out.doc.GetAllocator());
  if (auto prepared = prepare_schema(parsed, source, out.for_valijson); !prepared) return prepared;
  try {
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    add_medlint_constraints(parser);
    valijson::adapters::RapidJsonAdapter adapter(out.for_valijson);
    parser.populateSchema(adapter, out.schema);
  } catch (const std::exception& e) {
    return Error{origin + ": not a usable JSON Schema: " + e.what()};
  }
  out.fast = FastSchema::compile(out.doc);
  return {};
}

std::string to_json(const Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return std::string(buf.GetString(), buf.GetSize());
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// "a string", "an object" for the `type` keyword's names.
std::string with_article(std::string_view type) {
  const bool vowel = !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
  return std::string(vowel ? "an " : "a ") + std::string(type);
}

std::string describe_found(const Value& v) {
  std::string s = with_article(json_type_name(v));
  if (v.IsString() || v.IsNumber() || v.IsBool()) {
    std::string text = to_json(v);
    if (text.size() > 40) text = text.substr(0, 37) + "...";
    s += " (" + text + ")";
  }
  return s;
}

// Walks our own schema along an instance path to find the subschemas that
// apply there, so messages can say what was expected. It understands the
// keyword subset our schemas use (a schema test enforces that subset).
class SchemaLocator {
 public:
  explicit SchemaLocator(const Value& root) : root_(root) {}

  std::vector<const Value*> at(const JsonDocument& doc, NodeId node) const {
    std::vector<NodeId> chain;
    for (NodeId n = node; n != kNoNode; n = doc.node(n).parent) chain.push_back(n);
    std::reverse(chain.begin(), chain.end());
    std::vector<const Value*> cur;
    expand(&root_, doc.value(chain[0]), cur, 0);
    for (std::size_t i = 1; i < chain.size(); ++i) {
      const Value& parent = doc.value(chain[i - 1]);
      const Value& child = doc.value(chain[i]);
      std::vector<const Value*> next;
      for (const Value* s : cur) {
        for (const Value* c : step(*s, parent, doc.node(chain[i]).index)) expand(c, child, next, 0);
      }
      cur = std::move(next);
    }
    return cur;
  }

  // The first applicable subschema that has `keyword`.
  static const Value* with_keyword(const std::vector<const Value*>& schemas, const char* keyword) {
    for (const Value* s : schemas) {
      if (s->IsObject() && s->HasMember(keyword)) return s;
    }
    return nullptr;
  }

  // Subschemas of `patternProperties` whose pattern matches `name`.
  static std::vector<const Value*> matching_patterns(const Value& schema, std::string_view name) {
    std::vector<const Value*> out;
    if (!schema.HasMember("patternProperties") || !schema["patternProperties"].IsObject()) return out;
    for (const auto& m : schema["patternProperties"].GetObject()) {
      if (RE2::PartialMatch(re2::StringPiece(name.data(), name.size()), m.name.GetString())) out.push_back(&m.value);
    }
    return out;
  }

  static bool property_allowed(const Value& schema, std::string_view name) {
    // A Value, not a StringRef: HasMember(StringRef) converts to a C string,
    // and a name with a NUL ("title\u0000x") would pass as "title".
    const Value key(rapidjson::StringRef(name.data(), name.size()));
    return (schema.HasMember("properties") && schema["properties"].IsObject() && schema["properties"].HasMember(key)) ||
           !matching_patterns(schema, name).empty();
  }

 private:
  const Value* deref(const Value* s) const {
    for (int hops = 0; hops < 32 && s->IsObject() && s->HasMember("$ref") && (*s)["$ref"].IsString(); ++hops) {
      const std::string_view ref((*s)["$ref"].GetString());
      if (ref.substr(0, 1) != "#") return s;
      const Value* target = rapidjson::Pointer(rapidjson::StringRef(ref.data() + 1, ref.size() - 1)).Get(root_);
      if (!target) return s;
      s = target;
    }
    return s;
  }

  static bool if_matches(const Value& cond, const Value& inst) {
    if (!inst.IsObject()) return true;  // properties/required ignore non-objects
    if (cond.HasMember("required") && cond["required"].IsArray()) {
      for (const auto& r : cond["required"].GetArray()) {
        if (r.IsString() && !inst.HasMember(r.GetString())) return false;
      }
    }
    if (cond.HasMember("properties") && cond["properties"].IsObject()) {
      for (const auto& p : cond["properties"].GetObject()) {
        const auto it = inst.FindMember(p.name);
        if (it == inst.MemberEnd() || !p.value.IsObject()) continue;
        if (p.value.HasMember("const") && !(p.value["const"] == it->value)) return false;
      }
    }
    return true;
  }

  void expand(const Value* s, const Value& inst, std::vector<const Value*>& out, int depth) const {
    s = deref(s);
    if (!s->IsObject() || depth > 16) return;
    out.push_back(s);
    if (s->HasMember("allOf") && (*s)["allOf"].IsArray()) {
      for (const auto& sub : (*s)["allOf"].GetArray()) expand(&sub, inst, out, depth + 1);
    }
    if (s->HasMember("if") && s->HasMember("then") && if_matches(*deref(&(*s)["if"]), inst)) {
      expand(&(*s)["then"], inst, out, depth + 1);
    }
  }

  std::vector<const Value*> step(const Value& s, const Value& parent, std::uint32_t index) const {
    std::vector<const Value*> out;
    if (parent.IsArray()) {
      if (s.HasMember("items") && s["items"].IsObject()) out.push_back(&s["items"]);
      return out;
    }
    const auto& name = (parent.MemberBegin() + index)->name;
    const std::string_view key(name.GetString(), name.GetStringLength());
    if (s.HasMember("properties") && s["properties"].IsObject()) {
      const auto it = s["properties"].FindMember(name);
      if (it != s["properties"].MemberEnd()) out.push_back(&it->value);
    }
    for (const Value* p : matching_patterns(s, key)) out.push_back(p);
    const bool matched = !out.empty();
    if (!matched && s.HasMember("additionalProperties") && s["additionalProperties"].IsObject()) {
      out.push_back(&s["additionalProperties"]);
    }
    return out;
  }

  const Value& root_;
};

std::string readable_path(const JsonDocument& doc, NodeId node) {
  std::vector<NodeId> chain;
  for (NodeId n = node; n != kNoNode && doc.node(n).parent != kNoNode; n = doc.node(n).parent) chain.push_back(n);
  if (chain.empty()) return "the document";
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const JsonNode& n = doc.node(*it);
    const Value& parent = doc.value(n.parent);
    if (parent.IsObject()) {
      if (!out.empty()) out += '.';
      out += (parent.MemberBegin() + n.index)->name.GetString();
    } else {
      out += "[" + std::to_string(n.index) + "]";
    }
  }
  return "`" + out + "`";
}

// valijson reports each failing ancestor as well as the real problem; these
// descriptions belong to the ancestors.
bool is_parent_error(std::string_view d) {
  return d.starts_with("Failed to validate") || d.starts_with("Cannot validate item") ||
         d.starts_with("Failed to any values against subschema");
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string join_quoted(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
  return out;
}

std::int64_t schema_int(const Value* s, const char* keyword) {
  if (!s || !(*s)[keyword].IsNumber()) return 0;
  return static_cast<std::int64_t>((*s)[keyword].GetDouble());
}

class ViolationBuilder {
 public:
  ViolationBuilder(const JsonDocument& doc, const SchemaLocator& locator) : doc_(doc), locator_(locator) {}

  // One valijson leaf error into zero or more violations.
  void add(NodeId node, std::string_view d, std::vector<SchemaViolation>& out) const {
    const Value& inst = doc_.value(node);
    const auto schemas = locator_.at(doc_, node);
    SchemaViolation v;
    v.node = node;
    v.span = doc_.node(node).value;
    v.pointer = doc_.pointer(node);
    v.label = readable_path(doc_, node);
    v.found = describe_found(inst);

    if (d.starts_with("Object contains a property that could not be validated")) {
      add_unknown_properties(node, schemas, out);
      return;
    }
    if (d.starts_with("Value type not permitted")) {
      v.keyword = "type";
      const Value* s = SchemaLocator::with_keyword(schemas, "type");
      if (s && (*s)["type"].IsString()) {
        v.expected = with_article((*s)["type"].GetString());
      } else if (s && (*s)["type"].IsArray()) {
        std::string alts;
        for (const auto& t : (*s)["type"].GetArray())
          alts += (alts.empty() ? "" : " or ") + with_article(t.GetString());
        v.expected = alts;
      }
    } else if (d.starts_with("Failed to match against any enum values")) {
      v.keyword = "enum";
      std::vector<std::string> options;
      if (const Value* s = SchemaLocator::with_keyword(schemas, "enum")) {
        for (const auto& e : (*s)["enum"].GetArray()) options.push_back(e.IsString() ? e.GetString() : to_json(e));
      }
      v.expected = "one of " + join_quoted(options);
      if (inst.IsString()) {
        if (auto m = closest_match(inst.GetString(), options); !m.empty()) v.hint = "did you mean " + quoted(m) + "?";
      }
    } else if (d.starts_with("Failed to match expected value set by 'const'")) {
      v.keyword = "const";
      if (const Value* s = SchemaLocator::with_keyword(schemas, "const")) v.expected = to_json((*s)["const"]);
    } else if (d.starts_with("Failed to match regex")) {
      v.keyword = "pattern";
      if (const Value* s = SchemaLocator::with_keyword(schemas, "pattern")) {
        v.expected = std::string("text matching ") + (*s)["pattern"].GetString();
        if (s->HasMember("description") && (*s)["description"].IsString()) v.hint = (*s)["description"].GetString();
      }
    } else if (d.starts_with("Missing required property '")) {
      v.keyword = "required";
      const std::size_t b = d.find('\'') + 1;
      v.expected = quoted(d.substr(b, d.rfind('\'') - b));
      v.found.clear();
      // Point at the key that holds the object, or at its opening brace.
      const JsonNode& n = doc_.node(node);
      v.span = n.has_key ? n.key : Span{n.value.begin, n.value.begin + 1};
    } else if (d.starts_with("Array should contain no fewer than")) {
      v.keyword = "minItems";
      v.expected =
          "at least " + count_of(schema_int(SchemaLocator::with_keyword(schemas, "minItems"), "minItems"), "item");
      v.found = count_of(inst.IsArray() ? inst.Size() : 0, "item");
    } else if (d.starts_with("Array should contain no more than")) {
      v.keyword = "maxItems";
      v.expected =
          "at most " + count_of(schema_int(SchemaLocator::with_keyword(schemas, "maxItems"), "maxItems"), "item");
      v.found = count_of(inst.IsArray() ? inst.Size() : 0, "item");
    } else if (d.starts_with("String should be no fewer than")) {
      v.keyword = "minLength";
      v.expected = "at least " +
                   count_of(schema_int(SchemaLocator::with_keyword(schemas, "minLength"), "minLength"), "character");
    } else if (d.starts_with("String should be no more than")) {
      v.keyword = "maxLength";
      v.expected = "at most " +
                   count_of(schema_int(SchemaLocator::with_keyword(schemas, "maxLength"), "maxLength"), "character");
    } else if (d.starts_with("Expected number greater than")) {
      v.keyword = "minimum";
      v.expected =
          "a number >= " + std::to_string(schema_int(SchemaLocator::with_keyword(schemas, "minimum"), "minimum"));
      if (inst.IsUint64() && !inst.IsInt64()) {
        // 18446744073709551615 is not below the minimum: it is too large to read.
        v.expected = "an integer of at most 9223372036854775807";
        v.found = to_json(inst) + ", which is too large";
      }
    } else if (d.starts_with("Expected number less than")) {
      v.keyword = "maximum";
      v.expected =
          "a number <= " + std::to_string(schema_int(SchemaLocator::with_keyword(schemas, "maximum"), "maximum"));
    } else if (d.starts_with("Elements at indexes #")) {
      v.keyword = "uniqueItems";
      // "Elements at indexes #0 and #2 violate uniqueness constraint."
      const std::size_t second = d.rfind('#');
      const auto index = static_cast<std::size_t>(std::atoi(std::string(d.substr(second + 1)).c_str()));
      const std::size_t first = static_cast<std::size_t>(std::atoi(std::string(d.substr(d.find('#') + 1)).c_str()));
      const NodeId dup = doc_.child(node, index);
      if (dup != kNoNode) {
        v.span = doc_.node(dup).value;
        v.pointer = doc_.pointer(dup);
        v.found = to_json(doc_.value(dup)) + " again (first at index " + std::to_string(first) + ")";
      }
      v.expected = "no repeated items";
    } else {
      v.keyword = "schema";
      v.expected = std::string(d);
    }
    out.push_back(std::move(v));
  }

 private:
  void add_unknown_properties(NodeId node, const std::vector<const Value*>& schemas,
                              std::vector<SchemaViolation>& out) const {
    const Value& inst = doc_.value(node);
    const Value* closed = nullptr;
    for (const Value* s : schemas) {
      if (s->HasMember("additionalProperties") && (*s)["additionalProperties"].IsBool() &&
          !(*s)["additionalProperties"].GetBool()) {
        closed = s;
        break;
      }
    }
    if (!closed || !inst.IsObject()) return;
    std::vector<std::string> allowed;
    if (closed->HasMember("properties")) {
      for (const auto& p : (*closed)["properties"].GetObject()) allowed.push_back(p.name.GetString());
    }
    std::uint32_t index = 0;
    for (const auto& m : inst.GetObject()) {
      const std::string_view name(m.name.GetString(), m.name.GetStringLength());
      if (!SchemaLocator::property_allowed(*closed, name)) {
        const NodeId child = doc_.child(node, index);
        SchemaViolation v;
        v.keyword = "additionalProperties";
        v.node = child;
        v.span = doc_.node(child).key;
        v.pointer = doc_.pointer(child);
        v.label = readable_path(doc_, node);
        v.found = quoted(name);
        v.expected = join_quoted(allowed);
        if (auto c = closest_match(name, allowed); !c.empty()) v.hint = "did you mean " + quoted(c) + "?";
        out.push_back(std::move(v));
      }
      ++index;
    }
  }

  const JsonDocument& doc_;
  const SchemaLocator& locator_;
};

// valijson's context: "<root>", then "[name]" or "[index]" per level.
NodeId node_for_context(const JsonDocument& doc, const std::vector<std::string>& context) {
  NodeId cur = 0;
  for (std::size_t i = 1; i < context.size() && cur != kNoNode; ++i) {
    const std::string& token = context[i];
    if (token.size() < 2) return kNoNode;
    const std::string_view inner(token.data() + 1, token.size() - 2);
    if (doc.value(cur).IsArray()) {
      cur = doc.child(cur, static_cast<std::size_t>(std::strtoull(std::string(inner).c_str(), nullptr, 10)));
    } else {
      cur = doc.child(cur, inner);
    }
  }
  return cur;
}

}  // namespace

SchemaSet::SchemaSet() : schemas_(kKinds) {}
SchemaSet::~SchemaSet() = default;

std::unique_ptr<SchemaSet> SchemaSet::bundled() { return std::unique_ptr<SchemaSet>(new SchemaSet()); }

const CompiledSchema& SchemaSet::get(SchemaKind kind) const {
  const auto k = static_cast<std::size_t>(kind);
  std::call_once(compiled_[k], [&] {
    if (schemas_[k]) return;  // replaced by a custom schema
    auto compiled = std::make_unique<CompiledSchema>();
    const std::string_view path = embedded_schema_path(kind);
    if (auto compiled_ok = compile(embedded_file(path), std::string(path), *compiled); !compiled_ok) {
      throw std::runtime_error("bundled schema is broken: " + compiled_ok.error().message);
    }
    schemas_[k] = std::move(compiled);
  });
  return *schemas_[k];
}

Result<void> SchemaSet::replace(SchemaKind kind, std::string_view text, const std::string& origin) {
  auto compiled = std::make_unique<CompiledSchema>();
  if (auto compiled_ok = compile(text, origin, *compiled); !compiled_ok) return compiled_ok;
  schemas_[static_cast<std::size_t>(kind)] = std::move(compiled);
  return {};
}

FastSchema::Verdict SchemaSet::fast_verdict(SchemaKind kind, const JsonDocument& doc) const {
  const CompiledSchema& compiled = get(kind);
  // A key given twice: valijson reads one of the two (JSON003 reports it).
  if (!doc.ok() || !compiled.fast || !doc.problems().empty()) return FastSchema::Verdict::kUnknown;
  return compiled.fast->check(doc.root());
}

bool SchemaSet::has_fast_path(SchemaKind kind) const { return get(kind).fast != nullptr; }

std::vector<SchemaViolation> SchemaSet::validate(SchemaKind kind, const JsonDocument& doc, SchemaPath path) const {
  std::vector<SchemaViolation> out;
  if (!doc.ok()) return out;
  const CompiledSchema& compiled = get(kind);
  // Proven valid: nothing for valijson to say. Anything else, valijson decides.
  if (path == SchemaPath::kFast && fast_verdict(kind, doc) == FastSchema::Verdict::kValid) return out;
  // One validator per thread: valijson caches compiled `pattern` regexes in it.
  thread_local valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::RapidJsonAdapter target(doc.root());
  if (validator.validate(compiled.schema, target, &results)) return out;

  const SchemaLocator locator(compiled.doc);
  const ViolationBuilder builder(doc, locator);
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    if (is_parent_error(error.description)) continue;
    const NodeId node = node_for_context(doc, error.context);
    if (node == kNoNode) continue;
    builder.add(node, error.description, out);
  }
  // One finding for all the properties an object lacks.
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i].keyword != "required") continue;
    for (std::size_t j = i + 1; j < out.size();) {
      if (out[j].keyword == "required" && out[j].node == out[i].node && out[j].expected != out[i].expected) {
        out[i].expected += ", " + out[j].expected;
        out[i].hint = "properties";
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(j));
      } else {
        ++j;
      }
    }
  }
  // Conditional branches can repeat a leaf error; keep each problem once.
  std::set<std::tuple<std::uint32_t, std::uint32_t, std::string, std::string>> seen;
  std::erase_if(out, [&](const SchemaViolation& v) {
    return !seen.emplace(v.span.begin, v.span.end, v.keyword, v.expected).second;
  });
  return out;
}

std::string SchemaViolation::describe() const {
  std::string text = describe_lowercase();
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string SchemaViolation::describe_lowercase() const {
  const auto hinted = [&](const std::string& s) { return hint.empty() ? s : s + "; " + hint; };
  if (keyword == "type") return label + " must be " + expected + ", not " + found;
  if (keyword == "enum" || keyword == "const") return hinted(label + " must be " + expected + "; found " + found);
  if (keyword == "pattern") {
    return label + " must be " + expected + (hint.empty() ? "" : " (" + hint + ")") + "; found " + found;
  }
  if (keyword == "required") {
    return label + " is missing the required " + (hint.empty() ? "property " : "properties ") + expected;
  }
  if (keyword == "additionalProperties") return hinted("Unknown property " + found + " in " + label);
  if (keyword == "minItems" || keyword == "maxItems" || keyword == "uniqueItems") {
    return label + " must have " + expected + "; found " + found;
  }
  if (keyword == "minLength" || keyword == "maxLength") return label + " must be " + expected + " long; found " + found;
  if (keyword == "minimum" || keyword == "maximum") return label + " must be " + expected + "; found " + found;
  return label + ": " + expected;
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(1, std::min<std::size_t>(3, word.size() / 3));
  for (const auto& c : candidates) {
    // A typo is a small edit; a truncation ("warn" for "warning") a prefix.
    if (word.size() >= 3 && c.starts_with(word) && best.empty()) best = c;
    const std::size_t d = edit_distance(word, c);
    if (d <= best_distance && (best.empty() || d < edit_distance(word, best))) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace medlint
