#include "medlint/model/language_list.h"

#include <mutex>
#include <stdexcept>

#include "medlint/base/embedded.h"
#include "medlint/load/rapidjson.h"

namespace medlint {
namespace {

[[noreturn]] void bad(std::string_view name, const std::string& what) {
  throw std::logic_error(std::string(name) + ": " + what);
}

std::string text_of(const rapidjson::Value& object, const char* key, std::string_view name, bool required = true) {
  const auto it = object.FindMember(key);
  if (it == object.MemberEnd()) {
    if (required) bad(name, std::string("missing \"") + key + "\"");
    return {};
  }
  if (!it->value.IsString()) bad(name, std::string("\"") + key + "\" must be a string");
  return {it->value.GetString(), it->value.GetStringLength()};
}

const rapidjson::Value& object_of(const rapidjson::Value& parent, const char* key, std::string_view name) {
  const auto it = parent.FindMember(key);
  if (it == parent.MemberEnd() || !it->value.IsObject()) bad(name, std::string("\"") + key + "\" must be an object");
  return it->value;
}

// {{name}} replaced by macros[name]; an unknown name is an error.
std::string expand(std::string pattern, const std::map<std::string, std::string>& macros, std::string_view name) {
  for (std::size_t at = pattern.find("{{"); at != std::string::npos; at = pattern.find("{{", at)) {
    const std::size_t close = pattern.find("}}", at);
    if (close == std::string::npos) bad(name, "unclosed {{ in " + pattern);
    const auto macro = macros.find(pattern.substr(at + 2, close - at - 2));
    if (macro == macros.end()) bad(name, "unknown macro in " + pattern);
    pattern.replace(at, close + 2 - at, macro->second);
    at += macro->second.size();
  }
  return pattern;
}

LanguageContext parse_context(const std::string& s, std::string_view name) {
  if (s == "always") return LanguageContext::kAlways;
  if (s == "after-number") return LanguageContext::kAfterNumber;
  if (s == "dosing") return LanguageContext::kDosing;
  bad(name, "unknown context \"" + s + "\"");
}

LanguageEntry parse_entry(const rapidjson::Value& e, const LanguageList& list,
                          const std::map<std::string, std::string>& macros, std::string_view name) {
  if (!e.IsObject()) bad(name, "an entry must be an object");
  LanguageEntry out;
  out.id = text_of(e, "id", name);
  out.write = text_of(e, "write", name);
  out.pattern = expand(text_of(e, "pattern", name), macros, name);
  out.token = text_of(e, "token", name, false);
  out.context = parse_context(text_of(e, "context", name), name);
  out.meaning = text_of(e, "meaning", name);
  out.mistaken_for = text_of(e, "mistakenFor", name);
  out.use = text_of(e, "use", name);
  out.fix = text_of(e, "fix", name, false);
  out.note = text_of(e, "note", name, false);
  if (const auto f = e.FindMember("flagged"); f != e.MemberEnd()) out.flagged = f->value.IsBool() && f->value.GetBool();
  const auto sources = e.FindMember("sources");
  if (sources == e.MemberEnd() || !sources->value.IsArray() || sources->value.Empty()) {
    bad(name, "entry " + out.id + " names no source");
  }
  for (const auto& s : sources->value.GetArray()) {
    if (!s.IsString() || !list.sources.count(s.GetString())) bad(name, "entry " + out.id + " names an unknown source");
    out.sources.emplace_back(s.GetString());
  }
  return out;
}

}  // namespace

const std::string& LanguageList::cue(std::string_view name) const {
  static const std::string kNone;
  const auto it = cues.find(std::string(name));
  return it == cues.end() ? kNone : it->second;
}

LanguageList parse_language_list(std::string_view json, std::string_view name) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) bad(name, "not a JSON object");
  LanguageList list;
  list.rule = text_of(doc, "rule", name);
  for (const auto& m : object_of(doc, "sources", name).GetObject()) {
    if (!m.value.IsObject()) bad(name, "a source must be an object");
    list.sources[m.name.GetString()] = {text_of(m.value, "publisher", name), text_of(m.value, "title", name),
                                        text_of(m.value, "edition", name), text_of(m.value, "url", name, false)};
  }
  std::map<std::string, std::string>& macros = list.macros;
  for (const auto& m : object_of(doc, "macros", name).GetObject()) {
    if (!m.value.IsString()) bad(name, "a macro must be a string");
    macros[m.name.GetString()] = m.value.GetString();
  }
  for (const auto& m : object_of(doc, "cues", name).GetObject()) {
    if (!m.value.IsString()) bad(name, "a cue must be a string");
    list.cues[m.name.GetString()] = expand(m.value.GetString(), macros, name);
  }
  const auto entries = doc.FindMember("entries");
  if (entries == doc.MemberEnd() || !entries->value.IsArray()) bad(name, "\"entries\" must be an array");
  for (const auto& e : entries->value.GetArray()) list.entries.push_back(parse_entry(e, list, macros, name));
  return list;
}

const LanguageList& language_list(std::string_view rule) {
  static std::mutex mutex;
  static std::map<std::string, LanguageList, std::less<>> loaded;
  const std::lock_guard lock(mutex);
  if (const auto it = loaded.find(rule); it != loaded.end()) return it->second;
  std::string lower(rule);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const std::string path = "tools/medlint/data/language/" + lower + ".json";
  const std::string_view json = embedded_file(path);
  if (json.empty()) bad(path, "not embedded");
  LanguageList list = parse_language_list(json, path);
  if (list.rule != rule) bad(path, "is the list of " + list.rule);
  return loaded.emplace(std::string(rule), std::move(list)).first->second;
}

}  // namespace medlint
