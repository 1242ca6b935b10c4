#include "medlint/audit/audit_site.h"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <set>

#include "medlint/base/file_io.h"
#include "medlint/model/file_kind.h"
#include "medlint/audit/article_page.h"
#include "medlint/audit/corpus.h"
#include "medlint/audit/dashboard.h"
#include "medlint/audit/page.h"
#include "medlint/audit/site_data.h"

namespace medlint::audit {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFolders[] = {"articles", "rules", "assets"};

bool is_link(const fs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

Result<void> make_folder(const fs::path& dir) {
  if (is_link(dir)) {
    return Error{"'" + dir.string() + "' is a symbolic link; medlint audit writes only into a real folder"};
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) return Error{"cannot create the folder '" + dir.string() + "': " + ec.message()};
  return {};
}

class SiteWriter {
 public:
  SiteWriter(const AuditInput& in, fs::path dir) : in_(in), dir_(std::move(dir)) {
    c_.today = in.today;
    c_.limits = in.linter.config().review.limits;
    c_.findings = &in.result.findings;
    c_.suppressions = in.result.suppressions;
    c_.baselined = in.baselined;
    for (const auto& rule : in.linter.rules()) c_.rules.emplace(std::string(rule->meta().code), &rule->meta());
  }

  Result<void> write() {
    for (const char* folder : kFolders) {
      if (auto done = make_folder(dir_ / folder); !done) return done;
    }
    const std::vector<Finding>& all = in_.result.findings;
    for (const std::string& file : in_.result.files) {
      const auto range = std::equal_range(all.begin(), all.end(), file, FileLess{});
      const std::span<const Finding> findings(all.data() + (range.first - all.begin()),
                                              static_cast<std::size_t>(range.second - range.first));
      if (auto done = add_file(file, findings); !done) return done;
    }
    board();
    std::sort(c_.flagged.begin(), c_.flagged.end(), [](const FlaggedSource& x, const FlaggedSource& y) {
      return std::tie(x.key, x.code, x.article) < std::tie(y.key, y.code, y.article);
    });
    if (auto done = rule_pages(); !done) return done;
    if (auto done = put("assets/medlint.css", std::string(stylesheet())); !done) return done;
    if (auto done = put("audit.json", audit_json(c_)); !done) return done;
    if (auto done = put("audit.csv", audit_csv(c_)); !done) return done;
    if (auto done = put("index.html", dashboard_page(c_)); !done) return done;
    if (auto done = remove_stale(); !done) return done;
    return sync_file_system(dir_);
  }

 private:
  const AuditInput& in_;
  fs::path dir_;
  Corpus c_;
  std::set<std::string> written_;
  std::map<std::string, Registry> registries_;  // by registry folder

  struct SuppressionFileLess {
    bool operator()(const Suppression& x, const std::string& file) const { return x.file < file; }
    bool operator()(const std::string& file, const Suppression& x) const { return file < x.file; }
  };

  struct FileLess {
    bool operator()(const Finding& f, const std::string& file) const { return f.file < file; }
    bool operator()(const std::string& file, const Finding& f) const { return file < f.file; }
  };

  // Writes a file of the site atomically; a page that an earlier audit
  // wrote with the same bytes is left alone (rewriting 10 000 unchanged
  // pages costs seconds of file system time, and their dates stay put).
  Result<void> put(const std::string& relative, const std::string& bytes) {
    written_.insert(relative);
    const fs::path path = dir_ / relative;
    if (!is_link(path)) {
      const ReadResult old = read_file(path, bytes.size());
      if (old.status == ReadResult::Status::kOk && old.bytes == bytes) return {};
    }
    return write_file_atomically(path, bytes, WriteMode::kReplace, Durability::kBatched);
  }

  const Registry* registry_for(const std::string& file) {
    const auto dir = registry_dir_for(file, in_.linter.config().registry);
    if (!dir) return nullptr;
    const auto [it, added] = registries_.try_emplace(dir->lexically_normal().string());
    if (added) {
      std::vector<FileOutcome> ignored;  // linted already, in the run
      std::vector<std::string> errors;
      it->second = in_.linter.load_registry(*dir, ignored, errors);
    }
    return &it->second;
  }

  Result<void> add_file(const std::string& file, std::span<const Finding> findings) {
    AuditArticle summary;
    summary.file = file;
    summary.page = page_for(file);
    summary.kind = classify(file);
    // LintResult::suppressions are sorted by file: a lookup, not a scan per file.
    const auto [first, last] =
        std::equal_range(in_.result.suppressions.begin(), in_.result.suppressions.end(), file, SuppressionFileLess{});
    summary.suppressions = static_cast<std::size_t>(last - first);
    std::string page;
    ReadResult read;
    if (summary.kind == FileKind::kArticle) read = read_file(file, in_.linter.config().max_file_size);
    std::optional<JsonDocument> parsed;
    if (read.status == ReadResult::Status::kOk) parsed.emplace(JsonDocument::parse(read.bytes));
    if (parsed && parsed->ok() && parsed->root().IsObject()) {
      const JsonDocument& doc = *parsed;
      const Article article = build_article(doc, in_.linter.splitter());
      ArticleFacts facts = article_facts(doc, article, findings, in_.linter.config(), in_.today);
      facts.summary.file = summary.file;
      facts.summary.page = summary.page;
      facts.summary.suppressions = summary.suppressions;
      summary = std::move(facts.summary);
      const Registry* registry = registry_for(file);
      page = article_page({summary, findings, in_.today, &doc, &article, &facts, registry});
      for (FlaggedSource& s : facts.flagged) {
        s.article = c_.articles.size();
        c_.flagged.push_back(std::move(s));
      }
      for (const auto& [kind, types] : facts.evidence) {
        for (const auto& [type, n] : types) c_.evidence[kind][type] += n;
      }
    } else {
      count_findings(summary, findings);
      page = article_page({summary, findings, in_.today});
    }
    c_.articles.push_back(std::move(summary));
    return put(c_.articles.back().page, page);
  }

  void board() {
    std::map<std::string, BoardMember> members;
    for (const auto& [dir, registry] : registries_) {
      for (const Person& p : registry.people) {
        c_.names.emplace(p.id, p.name);
        if (p.on_board(in_.today)) members.emplace(p.id, BoardMember{p.id, p.name, 0});
      }
    }
    for (const AuditArticle& a : c_.articles) {
      if (a.status != "under_review" || a.holder.empty()) continue;
      auto it = members.find(a.holder);
      // A holder who has left the board still holds the article: show them.
      if (it == members.end()) it = members.emplace(a.holder, BoardMember{a.holder, c_.name_of(a.holder), 0}).first;
      ++it->second.holding;
    }
    for (auto& [id, m] : members) c_.board.push_back(std::move(m));
  }

  Result<void> rule_pages() {
    std::map<std::string, std::vector<RuleHit>> by_rule;
    const std::vector<Finding>& all = in_.result.findings;
    std::size_t first_of_file = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (i > 0 && all[i].file != all[i - 1].file) first_of_file = i;
      by_rule[all[i].code].push_back({&all[i], i - first_of_file + 1});
    }
    // Rules with only baselined findings are linked from the dashboard too.
    for (const Finding& f : c_.baselined) by_rule.try_emplace(f.code);
    for (const auto& [code, hits] : by_rule) {
      const auto rule = c_.rules.find(code);
      if (rule == c_.rules.end()) continue;
      if (auto done = put("rules/" + code + ".html", rule_page(c_, *rule->second, hits)); !done) return done;
    }
    return {};
  }

  // Pages of an earlier audit for files or rules that are gone.
  Result<void> remove_stale() {
    for (const char* folder : {"articles", "rules"}) {
      std::error_code ec;
      for (const auto& entry : fs::directory_iterator(dir_ / folder, ec)) {
        const std::string relative = std::string(folder) + "/" + entry.path().filename().string();
        if (entry.path().extension() != ".html" || written_.count(relative)) continue;
        if (!entry.is_regular_file() || is_link(entry.path())) continue;
        fs::remove(entry.path(), ec);
      }
      if (ec) return Error{"cannot tidy '" + (dir_ / folder).string() + "': " + ec.message()};
    }
    return {};
  }
};

}  // namespace

Result<void> check_output_dir(const fs::path& dir) {
  if (is_link(dir)) return Error{"--out '" + dir.string() + "' is a symbolic link; give a real folder"};
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (!fs::exists(st)) return {};
  if (!fs::is_directory(st)) return Error{"--out '" + dir.string() + "' exists and is not a folder"};
  if (fs::is_empty(dir, ec) || fs::is_regular_file(dir / "audit.json")) return {};
  return Error{"--out '" + dir.string() +
               "' is a folder that holds other files and no earlier audit (audit.json); give a new or empty folder"};
}

Result<void> write_site(const AuditInput& in, const fs::path& dir) {
  if (auto done = check_output_dir(dir); !done) return done;
  if (auto done = make_folder(dir); !done) return done;
  return SiteWriter(in, dir).write();
}

}  // namespace medlint::audit
