#include "medlint/model/registry.h"

namespace medlint {
namespace {

std::string string_member(const rapidjson::Value& obj, const char* key) {
  const auto it = obj.FindMember(key);
  return it != obj.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString(), it->value.GetStringLength())
                                                       : std::string();
}

std::vector<std::string> strings_member(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  const auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray()) {
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

// The array under `key` of the document's root object, or null.
const rapidjson::Value* entries(const JsonDocument& doc, const char* key) {
  if (!doc.ok() || !doc.root().IsObject()) return nullptr;
  const auto it = doc.root().FindMember(key);
  return it != doc.root().MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
}

}  // namespace

bool Person::on_board(const Date& day) const {
  return board && board_from && *board_from <= day && (!board_to || day <= *board_to);
}

const Person* Registry::person(std::string_view id) const {
  const auto it = people_by_id_.find(id);
  return it == people_by_id_.end() ? nullptr : &people[it->second];
}

const Disclaimer* Registry::disclaimer(std::string_view id) const {
  const auto it = disclaimers_by_id_.find(id);
  return it == disclaimers_by_id_.end() ? nullptr : &disclaimers[it->second];
}

void Registry::add_people(const JsonDocument& doc, std::string file) {
  people_file = std::move(file);
  people_loaded = doc.ok();
  const rapidjson::Value* list = entries(doc, "people");
  if (!list) return;
  for (const auto& v : list->GetArray()) {
    if (!v.IsObject()) continue;
    Person p;
    p.id = string_member(v, "id");
    if (p.id.empty()) continue;
    p.name = string_member(v, "name");
    p.credentials = strings_member(v, "credentials");
    p.roles = strings_member(v, "roles");
    if (const auto b = v.FindMember("board"); b != v.MemberEnd() && b->value.IsObject()) {
      p.board = true;
      p.board_from = Date::parse(string_member(b->value, "from"));
      p.board_to = Date::parse(string_member(b->value, "to"));
    }
    // The first entry of a repeated id wins; DIS004-style checks report repeats.
    if (people_by_id_.emplace(p.id, people.size()).second) people.push_back(std::move(p));
  }
}

void Registry::add_disclaimers(const JsonDocument& doc, std::string file) {
  disclaimers_file = std::move(file);
  disclaimers_loaded = doc.ok();
  const rapidjson::Value* list = entries(doc, "disclaimers");
  if (!list) return;
  for (const auto& v : list->GetArray()) {
    if (!v.IsObject()) continue;
    Disclaimer d;
    d.id = string_member(v, "id");
    if (d.id.empty()) continue;
    if (const auto ver = v.FindMember("version"); ver != v.MemberEnd() && ver->value.IsInt())
      d.version = ver->value.GetInt();
    d.audiences = strings_member(v, "audiences");
    d.title = string_member(v, "title");
    d.text = string_member(v, "text");
    if (disclaimers_by_id_.emplace(d.id, disclaimers.size()).second) disclaimers.push_back(std::move(d));
  }
}

}  // namespace medlint
