#include "article.h"

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

Article build_article(const JsonDocument& doc) {
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
    for (const NodeId blk : b.items(s, "blocks")) {
      if (!b.is_object(blk)) continue;
      Block block{b.str(blk, "type"), blk, {}};
      const int bi = static_cast<int>(sec.blocks.size());
      const auto add = [&](BlockKind kind, StringField text, int item = -1) {
        if (text.present()) a.text_blocks.push_back({kind, text, si, bi, item, sec.section_kind});
      };
      if (block.type.value == "paragraph") {
        add(BlockKind::kParagraph, b.str(blk, "text"));
      } else if (block.type.value == "heading") {
        add(BlockKind::kHeading, b.str(blk, "text"));
      } else if (block.type.value == "list") {
        add(BlockKind::kListLead, b.str(blk, "lead"));
        int item = 0;
        for (const NodeId it : b.items(blk, "items")) add(BlockKind::kListItem, b.as_string(it), item++);
        for (const NodeId c : b.items(blk, "cites")) {
          if (doc.value(c).IsInt64()) block.cites.push_back({doc.value(c).GetInt64(), c});
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
    a.references.push_back(std::move(ref));
  }
  return a;
}

}  // namespace medlint
