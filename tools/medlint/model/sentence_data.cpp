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

std::optional<rapidjson::Document> parse_object(std::string_view json, std::string& error) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) {
    error = "not a JSON object";
    return std::nullopt;
  }
  return doc;
}

bool is_lower_word(std::string_view w) {
  if (w.empty()) return false;
  for (const char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

std::string load_words(std::string_view json, SentenceSplitter::Words& words) {
  std::string error;
  auto doc = parse_object(json, error);
  if (!doc) return std::string(kWords) + ": " + error;
  for (const auto& m : doc->GetObject()) {
    const std::string_view key = m.name.GetString();
    std::unordered_set<std::string>* set = key == "openers"         ? &words.openers
                                           : key == "designators"   ? &words.designators
                                           : key == "continuations" ? &words.continuations
                                                                    : nullptr;
    if (key == "description") continue;
    if (!set || !m.value.IsArray()) return std::string(kWords) + ": unexpected key \"" + std::string(key) + "\"";
    for (const auto& w : m.value.GetArray()) {
      if (!w.IsString() || !is_lower_word(w.GetString())) {
        return std::string(kWords) + ": " + std::string(key) + " must hold lower-case words (a-z)";
      }
      if (!set->emplace(w.GetString()).second) {
        return std::string(kWords) + ": \"" + w.GetString() + "\" is listed twice in " + std::string(key);
      }
    }
  }
  return {};
}

// Loads one list into `table`; `seen` holds the entries of the lists before
// it (an entry in two lists is a mistake in the data).
std::string load_list(std::string_view path, std::string_view json, AbbreviationTable& table,
                      std::set<std::string, std::less<>>& seen) {
  const std::string where(path);
  std::string error;
  auto doc = parse_object(json, error);
  if (!doc) return where + ": " + error;
  for (const auto& m : doc->GetObject()) {
    const std::string_view key = m.name.GetString();
    if (key == "description") continue;
    const AbbreviationKind* kind = nullptr;
    for (const AbbreviationKind& k : kAbbreviationKinds) {
      if (to_string(k) == key) kind = &k;
    }
    if (!kind || !m.value.IsArray()) {
      return where + ": unexpected key \"" + std::string(key) + "\" (prefix, number, terminal)";
    }
    for (const auto& e : m.value.GetArray()) {
      if (!e.IsString()) return where + ": " + std::string(key) + " must hold strings";
      const std::string_view entry(e.GetString(), e.GetStringLength());
      if (std::string p = abbreviation_problem(entry); !p.empty()) {
        return where + ": \"" + std::string(entry) + "\" " + p;
      }
      if (!seen.emplace(entry).second) {
        return where + ": \"" + std::string(entry) + "\" is listed twice (in this list or an earlier one)";
      }
      table.add(entry, *kind);
    }
  }
  return {};
}

}  // namespace

std::string load_bundled_abbreviations(AbbreviationTable& table) {
  std::set<std::string, std::less<>> seen;
  for (const std::string_view path : kLists) {
    const std::string_view json = embedded_file(path);
    if (json.empty()) return std::string(path) + ": not embedded";
    if (std::string error = load_list(path, json, table, seen); !error.empty()) return error;
  }
  return {};
}

std::string load_bundled_words(SentenceSplitter::Words& words) { return load_words(embedded_file(kWords), words); }

const SentenceSplitter& SentenceSplitter::bundled() {
  static const SentenceSplitter splitter = [] {
    SentenceSplitter s;
    if (std::string error = load_bundled_abbreviations(s.abbreviations_); !error.empty()) {
      throw std::runtime_error("bundled abbreviation list " + error);
    }
    if (std::string error = load_bundled_words(s.words_); !error.empty()) {
      throw std::runtime_error("bundled word list " + error);
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
