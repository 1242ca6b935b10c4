// DIS004 registry-problem: what is wrong with a registry file itself, reported
// in that file: a disclaimer or person id used twice, and an audience that no
// disclaimer is required for.
#include <algorithm>
#include <map>
#include <string>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

constexpr std::string_view kAudiences[] = {"patient", "caregiver", "clinician"};

class RegistryProblem final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "DIS004",
        "registry-problem",
        Severity::kError,
        "A registry file repeats a disclaimer or person id, or requires no disclaimer for an audience.",
        {{"duplicate-disclaimer",
          "Disclaimer id \"{id}\" is already used on line {line}; articles get that first "
          "entry only. Give each disclaimer its own id, or merge the entries."},
         {"duplicate-person",
          "Person id \"{id}\" is already used on line {line}; articles and reviews get that "
          "first entry only. Give each person their own id, or merge the entries."},
         {"no-disclaimer",
          "No disclaimer is required for {audience} readers: no entry lists \"{audience}\" in its "
          "`audiences`, so nothing checks that articles for {audience} readers carry one. Add "
          "\"{audience}\" to the `audiences` of each disclaimer they need."}}};
    return m;
  }

  void check_document(FileContext& ctx) const override {
    if (ctx.kind() == FileKind::kDisclaimerRegistry) check_registry(ctx, "disclaimers", "duplicate-disclaimer", true);
    if (ctx.kind() == FileKind::kPeopleRegistry) check_registry(ctx, "people", "duplicate-person", false);
  }

 private:
  // Ids as Registry::add_* reads them: a non-empty string; the first entry of
  // an id wins, so a repeat is reported at its id.
  void check_registry(FileContext& ctx, std::string_view key, std::string_view duplicate, bool audiences) const {
    const JsonDocument& doc = ctx.doc();
    const NodeId root = doc.node_of(doc.root());
    if (!doc.root().IsObject()) return;  // SCH001's finding
    const NodeId list = doc.child(root, key);
    if (list == kNoNode || !doc.value(list).IsArray()) return;  // SCH001's finding

    std::map<std::string, NodeId, std::less<>> first;  // id -> its string node
    std::vector<std::string_view> covered;
    const std::size_t count = doc.value(list).Size();
    for (std::size_t i = 0; i < count; ++i) {
      const NodeId entry = doc.child(list, i);
      if (!doc.value(entry).IsObject()) continue;
      // Every entry counts for the audiences, a repeated id too: it is
      // reported as repeated, and the message says "no entry lists".
      const NodeId entry_audiences = doc.child(entry, "audiences");
      if (audiences && entry_audiences != kNoNode && doc.value(entry_audiences).IsArray()) {
        for (const auto& a : doc.value(entry_audiences).GetArray()) {
          if (a.IsString()) covered.emplace_back(a.GetString(), a.GetStringLength());
        }
      }
      const NodeId id = doc.child(entry, "id");
      if (id == kNoNode || !doc.value(id).IsString() || doc.value(id).GetStringLength() == 0) continue;
      const std::string value(doc.value(id).GetString(), doc.value(id).GetStringLength());
      const auto [it, inserted] = first.emplace(value, id);
      if (!inserted) {
        const std::uint32_t line = ctx.source().position(doc.node(it->second).value.begin).line;
        ctx.report(*this, duplicate, id, {{"id", value}, {"line", std::to_string(line)}});
      }
    }
    if (!audiences) return;
    for (const std::string_view audience : kAudiences) {
      if (std::find(covered.begin(), covered.end(), audience) != covered.end()) continue;
      ctx.report_span(*this, "no-disclaimer", doc.node(list).key, doc.pointer(list),
                      {{"audience", std::string(audience)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_dis004_registry_problem() { return std::make_unique<RegistryProblem>(); }

}  // namespace medlint
