#include "medlint/model/article.h"

#include <unordered_set>

#include "medlint/model/citations.h"
#include "medlint/model/sentences.h"

namespace medlint {
namespace {

class Builder {
 public:
  explicit Builder(const JsonDocument& doc) : doc_(doc) {}

  StringField str(NodeId parent, std::string_view key) const { return as_string(doc_.child(parent, key)); }

  StringField as_string(NodeId n) const {
    if (n == kNoNode || !doc_.value(n).IsString()) return {};
    const auto& v = doc_.value(n);
    return {std::string_view(v.GetString(), v.GetStringLength()), n};
  }

  IntField integer(NodeId parent, std::string_view key) const {
    const NodeId n = doc_.child(parent, key);
    if (n == kNoNode || !doc_.value(n).IsInt64()) return {};
    return {doc_.value(n).GetInt64(), n};
  }

  // Children of an array member, or none when absent or not an array.
  std::vector<NodeId> items(NodeId parent, std::string_view key) const {
    std::vector<NodeId> out;
    const NodeId arr = doc_.child(parent, key);
    if (arr == kNoNode || !doc_.value(arr).IsArray()) return out;
    for (std::size_t i = 0; i < doc_.value(arr).Size(); ++i) out.push_back(doc_.child(arr, i));
    return out;
  }

  std::vector<StringField> strings(NodeId parent, std::string_view key) const {
    std::vector<StringField> out;
    for (const NodeId n : items(parent, key)) {
      if (auto s = as_string(n); s.present()) out.push_back(s);
    }
    return out;
  }

  bool is_object(NodeId n) const { return n != kNoNode && doc_.value(n).IsObject(); }

 private:
  const JsonDocument& doc_;
};

}  // namespace

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The sentence without trailing spaces, closing quotes and brackets
// (straight and typographic: " ' ) ” ’ » ›).
std::string_view core(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (is_space(c) || c == '"' || c == ')' || c == '\'') {
      s.remove_suffix(1);
    } else if (s.ends_with("\u201D") || s.ends_with("\u2019") || s.ends_with("\u203A")) {
      s.remove_suffix(3);
    } else if (s.ends_with("\u00BB")) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

// A question ends with "?" (or "?!", "!?", "‽") before its closers and markers:
// "Is it rare?", "Is it rare? [1]", "“Is it contagious?”".
bool is_question(std::string_view s) {
  s = core(s);
  while (!s.empty() && s.back() == ']') {
    const std::size_t open = s.rfind('[');
    if (open == std::string_view::npos) break;
    s = core(s.substr(0, open));
  }
  while (!s.empty() && s.back() == '!') s.remove_suffix(1);
  return s.ends_with('?') || s.ends_with("\u203D");
}

bool ends_with_colon(std::string_view s) {
  s = core(s);
  return !s.empty() && s.back() == ':';
}

// Cuts a prose block into sentences and records its markers. `covered` are
// the reference ids that cover every sentence (a list's `cites`, or its
// lead-in's marker); `introduces_list` when a list follows the block.
void add_prose(Article& a, const SentenceSplitter& splitter, const TextBlock& container,
               const std::vector<std::int64_t>& covered, ListCoverage coverage, bool introduces_list) {
  const std::string_view text = container.text.value;
  std::vector<Marker> markers = find_markers(text);
  const std::size_t first_citation = a.citations.size();
  for (Marker& m : markers) {  // the ids move to the citation; positions stay here
    a.citations.push_back({container.text.node, m.begin, m.end, false, std::move(m.ids), std::move(m.problem),
                           text.substr(m.begin, m.end - m.begin)});
  }
  a.text_blocks.push_back(container);
  const std::vector<TextRange> sentences = splitter.split(text);
  std::size_t next_marker = 0;  // markers and sentences are both in text order
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const TextRange r = trim(text, sentences[i]);
    TextBlock s = container;
    s.kind = BlockKind::kSentence;
    s.container = container.kind;
    s.offset = r.begin;
    s.text.value = text.substr(r.begin, r.end - r.begin);
    // A lead-in introduces what follows it: items in the same text
    // ("Criteria: 1. Fever 2. Rigidity"), or the list after the block.
    const bool last = i + 1 == sentences.size();
    const bool lead_in =
        ends_with_colon(s.text.value) && (!last || container.kind == BlockKind::kListLead || introduces_list);
    s.role = !is_claim_bearing(container.section_kind) ? SentenceRole::kNoClaimSection
             : lead_in                                 ? SentenceRole::kLeadIn
             : is_question(s.text.value)               ? SentenceRole::kQuestion
                                                       : SentenceRole::kClaim;
    s.claim = s.role == SentenceRole::kClaim;
    s.cites = covered;
    s.coverage = coverage;
    s.cited = !covered.empty();
    // The markers inside the sentence; each id once (a sentence of a
    // thousand "[1-100]" cites a hundred references, not a hundred thousand).
    while (next_marker < markers.size() && markers[next_marker].begin < r.begin) ++next_marker;
    std::unordered_set<std::int64_t> seen(s.cites.begin(), s.cites.end());
    for (; next_marker < markers.size() && markers[next_marker].begin < r.end; ++next_marker) {
      const Marker& m = markers[next_marker];
      if (m.end > r.end) break;  // runs past the sentence (an unclosed marker)
      s.cited = true;            // a malformed marker still shows intent; CIT002 reports it
      for (const std::int64_t id : a.citations[first_citation + next_marker].ids) {
        if (seen.insert(id).second) s.cites.push_back(id);
      }
    }
    a.text_blocks.push_back(std::move(s));
  }
}

// A lead-in covers its list's items when its last marker stands right
// before the closing colon: "Features include [2]:".
std::vector<std::int64_t> lead_coverage(std::string_view lead) {
  std::string_view s = core(lead);
  if (s.empty() || s.back() != ':') return {};
  s = core(s.substr(0, s.size() - 1));
  if (s.empty() || s.back() != ']') return {};
  const std::vector<Marker> markers = find_markers(s);
  return markers.empty() || markers.back().end != s.size() ? std::vector<std::int64_t>{} : markers.back().ids;
}

}  // namespace

std::string reference_label(const Reference& r, std::size_t index) {
  return r.id.present() ? std::to_string(r.id.value) : "at position " + std::to_string(index + 1);
}

SectionKind parse_section_kind(std::string_view s) {
  if (s == "guidelines") return SectionKind::kGuidelines;
  if (s == "research") return SectionKind::kResearch;
  if (s == "overview") return SectionKind::kOverview;
  if (s == "other") return SectionKind::kOther;
  return SectionKind::kUnknown;
}

bool is_claim_bearing(SectionKind k) {
  return k == SectionKind::kGuidelines || k == SectionKind::kResearch || k == SectionKind::kOverview;
}

Article build_article(const JsonDocument& doc, const SentenceSplitter& splitter) {
  Article a;
  if (!doc.ok() || !doc.root().IsObject()) return a;
  const Builder b(doc);
  const NodeId root = 0;
  a.root = root;
  a.id = b.str(root, "id");
  a.title = b.str(root, "title");
  a.language = b.str(root, "language");
  a.audiences = b.strings(root, "audiences");
  a.authors = b.strings(root, "authors");
  a.notices = b.strings(root, "notices");
  a.disclaimers = b.strings(root, "disclaimers");
  if (a.title.present()) a.text_blocks.push_back({BlockKind::kTitle, a.title});

  if (const NodeId dates = doc.child(root, "dates"); b.is_object(dates)) {
    a.created = b.str(dates, "created");
    a.updated = b.str(dates, "updated");
    a.reviewed = b.str(dates, "reviewed");
  }
  if (const NodeId review = doc.child(root, "review"); b.is_object(review)) {
    a.review = review;
    a.status = b.str(review, "status");
    for (const NodeId h : b.items(review, "history")) {
      if (!b.is_object(h)) continue;
      a.history.push_back({b.str(h, "status"), b.str(h, "date"), b.str(h, "by"), b.str(h, "note"), h});
    }
  }

  for (const NodeId s : b.items(root, "sections")) {
    if (!b.is_object(s)) continue;
    Section sec{b.str(s, "id"), b.str(s, "kind"), b.str(s, "heading"), SectionKind::kUnknown, s, {}};
    sec.section_kind = parse_section_kind(sec.kind.value);
    const int si = static_cast<int>(a.sections.size());
    if (sec.heading.present()) {
      a.text_blocks.push_back({BlockKind::kSectionHeading, sec.heading, si, -1, -1, sec.section_kind});
    }
    const std::vector<NodeId> blocks = b.items(s, "blocks");
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      const NodeId blk = blocks[k];
      if (!b.is_object(blk)) continue;
      Block block{b.str(blk, "type"), blk, {}};
      const int bi = static_cast<int>(sec.blocks.size());
      const auto block_at = [&](BlockKind kind, StringField text, int item = -1) {
        return TextBlock{kind, text, si, bi, item, sec.section_kind};
      };
      if (block.type.value == "paragraph") {
        const bool list_follows =
            k + 1 < blocks.size() && b.is_object(blocks[k + 1]) && b.str(blocks[k + 1], "type").value == "list";
        if (const StringField text = b.str(blk, "text"); text.present()) {
          add_prose(a, splitter, block_at(BlockKind::kParagraph, text), {}, ListCoverage::kNone, list_follows);
        }
      } else if (block.type.value == "heading") {
        if (const StringField text = b.str(blk, "text"); text.present()) {
          a.text_blocks.push_back(block_at(BlockKind::kHeading, text));
        }
      } else if (block.type.value == "list") {
        std::vector<std::int64_t> covered;
        const StringField lead = b.str(blk, "lead");
        if (lead.present()) {
          add_prose(a, splitter, block_at(BlockKind::kListLead, lead), {}, ListCoverage::kNone, true);
          covered = lead_coverage(lead.value);
        }
        const bool by_lead = !covered.empty();
        for (const NodeId c : b.items(blk, "cites")) {
          // A non-integer or an id below 1 is SCH001's to report.
          if (!doc.value(c).IsInt64() || doc.value(c).GetInt64() < 1) continue;
          const std::int64_t id = doc.value(c).GetInt64();
          block.cites.push_back({id, c});
          covered.push_back(id);
          a.citations.push_back({c, 0, 0, true, {id}, {}, {}});
        }
        const bool by_cites = !block.cites.empty();
        const ListCoverage coverage = by_cites && by_lead ? ListCoverage::kCitesAndLeadIn
                                      : by_cites          ? ListCoverage::kCites
                                      : by_lead           ? ListCoverage::kLeadIn
                                                          : ListCoverage::kNone;
        int item = 0;
        for (const NodeId it : b.items(blk, "items")) {
          if (const StringField text = b.as_string(it); text.present()) {
            add_prose(a, splitter, block_at(BlockKind::kListItem, text, item), covered, coverage, false);
          }
          ++item;
        }
      }
      sec.blocks.push_back(std::move(block));
    }
    a.sections.push_back(std::move(sec));
  }

  for (const NodeId r : b.items(root, "references")) {
    if (!b.is_object(r)) continue;
    Reference ref;
    ref.node = r;
    ref.id = b.integer(r, "id");
    ref.year = b.integer(r, "year");
    ref.type = b.str(r, "type");
    ref.title = b.str(r, "title");
    ref.source = b.str(r, "source");
    ref.doi = b.str(r, "doi");
    ref.pmid = b.str(r, "pmid");
    ref.pmcid = b.str(r, "pmcid");
    ref.isbn = b.str(r, "isbn");
    ref.url = b.str(r, "url");
    ref.nct = b.str(r, "nct");
    ref.authors = b.strings(r, "authors");
    if (ref.title.present()) {
      a.text_blocks.push_back({BlockKind::kReference, ref.title, -1, -1, static_cast<int>(a.references.size())});
    }
    if (ref.id.present()) a.reference_by_id.emplace(ref.id.value, a.references.size());
    a.references.push_back(std::move(ref));
  }
  return a;
}

}  // namespace medlint
