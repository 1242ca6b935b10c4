// The splitter's bundled data: abbreviation lists and word lists, embedded
// at build time and validated when first loaded.
#include <set>
#include <stdexcept>

#include "medlint/base/embedded.h"
#include "medlint/load/rapidjson.h"
#include "medlint/model/sentences.h"

namespace medlint {
namespace {

constexpr std::string_view kLists[] = {
    "tools/medlint/data/sentences/general.json",
    "tools/medlint/data/sentences/medical.json",
    "tools/medlint/data/sentences/pharmacology.json",
    "tools/medlint/data/sentences/citation.json",
};
constexpr std::string_view kWords = "tools/medlint/data/sentences/words.json";

Result<rapidjson::Document> parse_object(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) return Error{"not a JSON object"};
  return doc;
}

bool is_lower_word(std::string_view w) {
  if (w.empty()) return false;
  for (const char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

Result<void> load_words(std::string_view json, SentenceSplitter::Words& words) {
  auto doc = parse_object(json);
  if (!doc) return Error{std::string(kWords) + ": " + doc.error().message};
  for (const auto& m : doc->GetObject()) {
    const std::string_view key = m.name.GetString();
    std::unordered_set<std::string>* set = key == "openers"         ? &words.openers
                                           : key == "designators"   ? &words.designators
                                           : key == "continuations" ? &words.continuations
                                                                    : nullptr;
    if (key == "description") continue;
    if (!set || !m.value.IsArray()) return Error{std::string(kWords) + ": unexpected key \"" + std::string(key) + "\""};
    for (const auto& w : m.value.GetArray()) {
      if (!w.IsString() || !is_lower_word(w.GetString())) {
        return Error{std::string(kWords) + ": " + std::string(key) + " must hold lower-case words (a-z)"};
      }
      if (!set->emplace(w.GetString()).second) {
        return Error{std::string(kWords) + ": \"" + w.GetString() + "\" is listed twice in " + std::string(key)};
      }
    }
  }
  return {};
}

// Loads one list into `table`; `seen` holds the entries of the lists before
// it (an entry in two lists is a mistake in the data).
Result<void> load_list(std::string_view path, std::string_view json, AbbreviationTable& table,
                       std::set<std::string, std::less<>>& seen) {
  const std::string where(path);
  auto doc = parse_object(json);
  if (!doc) return Error{where + ": " + doc.error().message};
  for (const auto& m : doc->GetObject()) {
    const std::string_view key = m.name.GetString();
    if (key == "description") continue;
    const AbbreviationKind* kind = nullptr;
    for (const AbbreviationKind& k : kAbbreviationKinds) {
      if (to_string(k) == key) kind = &k;
    }
    if (!kind || !m.value.IsArray()) {
      return Error{where + ": unexpected key \"" + std::string(key) + "\" (prefix, number, terminal)"};
    }
    for (const auto& e : m.value.GetArray()) {
      if (!e.IsString()) return Error{where + ": " + std::string(key) + " must hold strings"};
      const std::string_view entry(e.GetString(), e.GetStringLength());
      if (auto valid = check_abbreviation(entry); !valid) {
        return Error{where + ": \"" + std::string(entry) + "\" " + valid.error().message};
      }
      if (!seen.emplace(entry).second) {
        return Error{where + ": \"" + std::string(entry) + "\" is listed twice (in this list or an earlier one)"};
      }
      table.add(entry, *kind);
    }
  }
  return {};
}

}  // namespace

Result<void> load_bundled_abbreviations(AbbreviationTable& table) {
  std::set<std::string, std::less<>> seen;
  for (const std::string_view path : kLists) {
    const std::string_view json = embedded_file(path);
    if (json.empty()) return Error{std::string(path) + ": not embedded"};
    if (auto loaded = load_list(path, json, table, seen); !loaded) return loaded;
  }
  return {};
}

Result<void> load_bundled_words(SentenceSplitter::Words& words) { return load_words(embedded_file(kWords), words); }

const SentenceSplitter& SentenceSplitter::bundled() {
  static const SentenceSplitter splitter = [] {
    SentenceSplitter s;
    if (auto loaded = load_bundled_abbreviations(s.abbreviations_); !loaded) {
      throw std::runtime_error("bundled abbreviation list " + loaded.error().message);
    }
    if (auto loaded = load_bundled_words(s.words_); !loaded) {
      throw std::runtime_error("bundled word list " + loaded.error().message);
    }
    return s;
  }();
  return splitter;
}

std::unique_ptr<const SentenceSplitter> SentenceSplitter::with(std::span<const Abbreviation> extra) {
  auto s = std::make_unique<SentenceSplitter>(bundled());
  for (const Abbreviation& a : extra) s->abbreviations_.add(a.text, a.kind);
  return s;
}

}  // namespace medlint
