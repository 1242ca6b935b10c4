#include "medlint/engine/suppressions.h"

#include <algorithm>

namespace medlint {

std::vector<Suppression> apply_suppressions(FileContext& ctx, std::span<const std::unique_ptr<Rule>> rules,
                                            std::span<const Rule* const> active) {
  std::vector<Suppression> out;
  const JsonDocument& doc = ctx.doc();
  const NodeId ignore = doc.child(doc.child(0, "medlint"), "ignore");
  if (ignore == kNoNode || !doc.value(ignore).IsArray()) return out;
  std::vector<Finding>& findings = ctx.findings();
  std::vector<NodeId> entries;
  out.reserve(doc.value(ignore).Size());
  for (std::size_t i = 0; i < doc.value(ignore).Size(); ++i) {
    const NodeId entry = doc.child(ignore, i);
    const auto& v = doc.value(entry);
    // Entries without a rule or a reason are SCH001's; they silence nothing.
    if (!v.IsObject() || !v.HasMember("rule") || !v["rule"].IsString() || !v.HasMember("reason") ||
        !v["reason"].IsString() || v["reason"].GetStringLength() == 0) {
      continue;
    }
    // Whole strings: a NUL inside "rule" must not shorten it into another code.
    const auto text = [](const rapidjson::Value& x) { return std::string(x.GetString(), x.GetStringLength()); };
    Suppression s{ctx.source().path(), text(v["rule"]), v.HasMember("at") && v["at"].IsString() ? text(v["at"]) : "",
                  text(v["reason"]), 0};
    // A rule code ("CIT001") or a category ("CIT"); a place and what is inside it.
    // Findings of always-on rules (the file was not fully checked) stay.
    const auto matches = [&](const Finding& f) {
      const bool rule = f.code == s.rule || (f.code.starts_with(s.rule) && f.code.size() == s.rule.size() + 3);
      const bool place = s.at.empty() || f.pointer == s.at || f.pointer.starts_with(s.at + "/");
      return rule && place && f.suppressible;
    };
    s.matched = static_cast<std::size_t>(std::erase_if(findings, matches));
    out.push_back(std::move(s));
    entries.push_back(entry);
  }
  // Then the post-pass: each entry with what it silenced (MED001 reports the unused).
  std::vector<SuppressionUse> uses;
  uses.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Suppression* s = &out[i];  // a plain pointer: clang 14 lambdas cannot capture bindings
    const bool fixed = std::any_of(rules.begin(), rules.end(), [s](const auto& r) {
      return r->meta().always_on && (r->meta().code == s->rule || r->meta().category() == s->rule);
    });
    uses.push_back({entries[i], s->rule, s->at, s->matched, fixed});
  }
  for (const Rule* r : active) r->check_suppressions(uses, ctx);
  return out;
}

}  // namespace medlint
