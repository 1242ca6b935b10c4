#include "medlint/engine/linter.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "medlint/base/file_io.h"
#include "medlint/base/parallel.h"
#include "medlint/engine/outcome_cache.h"
#include "medlint/engine/scanner.h"
#include "medlint/engine/suppressions.h"
#include "medlint/model/retraction_list.h"

namespace medlint {
namespace fs = std::filesystem;

Linter::Linter(std::vector<std::unique_ptr<Rule>> rules, std::unique_ptr<SchemaSet> schemas, Config config, Date today,
               std::unique_ptr<const RetractionList> retractions)
    : rules_(std::move(rules)),
      schemas_(std::move(schemas)),
      retractions_(std::move(retractions)),
      config_(std::move(config)),
      splitter_(config_.abbreviations.empty() ? nullptr : SentenceSplitter::with(config_.abbreviations)),
      severities_(config_, rules_),
      scanner_(std::make_unique<Scanner>(rules_)),
      run_{*schemas_, config_, today, retractions_.get()} {
  for (const auto& r : rules_) {
    if (severities_.of(r->meta().code) != Severity::kOff) active_.push_back(r.get());
  }
}

Linter::~Linter() = default;

const Linter::RuleSet& Linter::rules_for(const fs::path& file) const {
  std::vector<std::size_t> key = matching_overrides(config_, file);
  const std::lock_guard lock(rule_sets_mutex_);
  auto& slot = rule_sets_[key];
  if (!slot) {
    auto set = std::make_unique<RuleSet>(RuleSet{SeverityTable(config_, rules_, key), {}});
    for (const auto& r : rules_) {
      if (set->severities.of(r->meta().code) != Severity::kOff) set->active.push_back(r.get());
    }
    slot = std::move(set);
  }
  return *slot;
}

FileOutcome Linter::too_large(const std::string& display, FileKind kind, std::uintmax_t size) const {
  LoadProblem problem{LoadProblem::Kind::kTooLarge, {0, 0}, {}};
  problem.size = size;
  problem.limit = config_.max_file_size;
  return unparsed(display, kind, std::move(problem));
}

FileOutcome Linter::unreadable(const PathError& error) const {
  const std::string detail = (error.folder ? "folder:" : "") + error.reason;
  FileOutcome out =
      unparsed(error.path, classify(error.path), LoadProblem{LoadProblem::Kind::kUnreadable, {0, 0}, detail});
  out.unread = true;
  return out;
}

FileOutcome Linter::unparsed(const std::string& display, FileKind kind, LoadProblem problem) const {
  const SourceFile source(display, "");
  const JsonDocument doc = JsonDocument::unparsed(std::move(problem));
  const Article none;
  const RuleSet& set = rules_for(display);
  FileContext ctx(run_, kind, source, doc, none, set.severities);
  for (const Rule* r : set.active) r->check_load(ctx);
  FileOutcome out;
  out.findings = std::move(ctx.findings());
  out.file = display;
  return out;
}

FileOutcome Linter::lint_source(const SourceFile& source, FileKind kind, const Registry* registry,
                                Registry* build) const {
  if (source.size() > config_.max_file_size) return too_large(source.path(), kind, source.size());
  const JsonDocument doc = JsonDocument::parse(source.text());
  const Article article = kind == FileKind::kArticle ? build_article(doc, splitter()) : Article{};
  if (build && kind == FileKind::kPeopleRegistry) build->add_people(doc, source.path());
  if (build && kind == FileKind::kDisclaimerRegistry) build->add_disclaimers(doc, source.path());
  const RuleSet& set = rules_for(source.path());  // the file's overrides applied
  FileContext ctx(run_, kind, source, doc, article, set.severities, registry);
  for (const Rule* r : set.active) r->check_load(ctx);
  if (doc.ok()) {
    for (const Rule* r : set.active) r->check_document(ctx);
    if (kind == FileKind::kArticle) {
      for (const auto& r : rules_) r->note_for_corpus(ctx);
      for (const Rule* r : set.active) r->check_article(ctx);
      // Walk once: each block goes to the rules that asked for its kind.
      for (const TextBlock& block : article.text_blocks) {
        for (const Rule* r : set.active) {
          if (r->block_kinds() & block_bit(block.kind)) r->check_block(block, ctx);
        }
      }
      scanner_->scan(article, set.active, ctx);
    }
  }
  FileOutcome out;
  out.file = source.path();
  if (kind == FileKind::kArticle && doc.ok()) out.suppressions = apply_suppressions(ctx, rules_, set.active);
  out.findings = std::move(ctx.findings());
  out.notes = std::move(ctx.notes());
  return out;
}

FileOutcome Linter::lint_file(const FileInput& file, std::vector<std::string>& errors, const Registry* registry,
                              Registry* build, const CacheSlot& cached) const {
  std::string absolute;
  if (cached.cache) {
    absolute = (file.path.is_absolute() ? file.path : *cached.cwd / file.path).lexically_normal().string();
    // A file whose stamp is the one the cache recorded is not read at all.
    if (const auto stamp = stamp_file(file.path)) {
      if (const auto content = cached.cache->known_content(file.display, *stamp)) {
        const Digest key = entry_key(file.display, absolute, *content, cached.registry);
        if (auto hit = cached_outcome(file, key, *cached.cache, *stamp)) return std::move(*hit);
      }
    }
  }
  ReadResult read = read_file(file.path, config_.max_file_size);
  if (read.status == ReadResult::Status::kError) {
    const PathError error{PathError::Kind::kUnreadable, file.display, read.error, false};
    errors.push_back(error.message());
    return unreadable(error);
  }
  if (read.status == ReadResult::Status::kTooLarge) return too_large(file.display, file.kind, read.size);
  if (!cached.cache) return lint_source(SourceFile(file.display, std::move(read.bytes)), file.kind, registry, build);
  const Digest content = sha256(read.bytes);
  const Digest key = entry_key(file.display, absolute, content, cached.registry);
  if (auto hit = cached_outcome(file, key, *cached.cache, read.stamp)) return std::move(*hit);
  FileOutcome out = lint_source(SourceFile(file.display, std::move(read.bytes)), file.kind, registry, build);
  cached.cache->store(key, file.display, content, read.stamp, out);
  return out;
}

std::optional<FileOutcome> Linter::cached_outcome(const FileInput& file, const Digest& key, const OutcomeCache& cache,
                                                  const FileStamp& stamp) const {
  const auto bytes = cache.find(key, file.display, stamp);
  if (!bytes) return std::nullopt;
  auto outcome = decode_outcome(*bytes, [this](std::string_view code) { return rule(code); });
  if (!outcome || outcome->file != file.display) return std::nullopt;
  adopt_notes(outcome->notes);
  return outcome;
}

const Rule* Linter::rule(std::string_view code) const {
  for (const auto& r : rules_) {
    if (r->meta().code == code) return r.get();
  }
  return nullptr;
}

void Linter::adopt_notes(std::vector<CorpusNote>& notes) const {
  for (CorpusNote& n : notes) n.severities = &rules_for(n.file).severities;
}

namespace {

std::string canonical_key(const fs::path& p) {
  std::error_code ec;  // a symlink loop is reported when the file is read
  const fs::path c = fs::weakly_canonical(p, ec);
  return ec ? p.string() : c.string();
}

}  // namespace

Registry Linter::load_registry(const fs::path& dir, std::vector<FileOutcome>& outcomes,
                               std::vector<std::string>& errors) const {
  Registry registry;
  for (const auto& [name, kind] : {std::pair{"disclaimers.json", FileKind::kDisclaimerRegistry},
                                   std::pair{"people.json", FileKind::kPeopleRegistry}}) {
    const fs::path p = dir / name;
    std::error_code ec;
    if (!fs::exists(p, ec)) continue;
    const fs::path shown = p.is_absolute() ? p.lexically_proximate(fs::current_path()) : p;
    outcomes.push_back(lint_file({shown.lexically_normal().generic_string(), p, kind}, errors, nullptr, &registry));
  }
  return registry;
}

LintResult Linter::run(std::vector<FileInput> files, const std::vector<PathError>& path_errors, unsigned jobs,
                       OutcomeCache* cache) const {
  std::vector<std::string> errors;
  std::vector<FileOutcome> outcomes;
  for (const PathError& e : path_errors) {
    errors.push_back(e.message());
    if (e.kind == PathError::Kind::kUnreadable) outcomes.push_back(unreadable(e));
  }
  outcomes.reserve(files.size());
  // Data flows one way: first the registries the articles use (each folder
  // linted and built once, in the order the articles need them), then the
  // articles against them, then registry files named on their own.
  std::map<std::string, std::unique_ptr<const Registry>> registries;
  std::set<std::string> registry_files;
  std::vector<const Registry*> registry_of(files.size(), nullptr);
  std::map<std::string, Digest> registry_digests;  // with a cache: part of each article's key
  std::vector<Digest> registry_digest_of(files.size(), Digest{});
  const Registry none;
  std::unordered_map<std::string, std::string> canonical_dirs;  // resolved once per folder, not per article
  std::unordered_map<std::string, std::optional<fs::path>> dir_of_folder;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].kind != FileKind::kArticle) continue;
    // The registry depends on the article's folder only: looked up once per folder.
    const std::string& path = files[i].path.native();
    auto [known, fresh_folder] = dir_of_folder.try_emplace(path.substr(0, path.rfind('/') + 1));
    if (fresh_folder) known->second = registry_dir_for(files[i].path, config_.registry);
    const std::optional<fs::path>& dir = known->second;
    if (!dir) {
      registry_of[i] = &none;
      if (cache) registry_digest_of[i] = registry_digest(std::nullopt);
      continue;
    }
    auto [canonical, fresh] = canonical_dirs.try_emplace(dir->native());
    if (fresh) canonical->second = canonical_key(*dir);
    const std::string& key = canonical->second;
    auto& slot = registries[key];
    if (!slot) {
      slot = std::make_unique<const Registry>(load_registry(*dir, outcomes, errors));
      registry_files.insert(canonical_key(*dir / "people.json"));
      registry_files.insert(canonical_key(*dir / "disclaimers.json"));
      if (cache) registry_digests[key] = registry_digest(*dir);
    }
    registry_of[i] = slot.get();
    if (cache) registry_digest_of[i] = registry_digests[key];
  }
  // The articles, each into its own slot (any order of work, one result).
  std::vector<std::size_t> articles;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].kind == FileKind::kArticle) articles.push_back(i);
  }
  std::vector<FileOutcome> linted(articles.size());
  std::vector<std::vector<std::string>> linted_errors(articles.size());
  std::error_code ec;
  const fs::path cwd = cache ? fs::current_path(ec) : fs::path();
  parallel_for(articles.size(), jobs, [&](std::size_t k) {
    const std::size_t i = articles[k];
    linted[k] = lint_file(files[i], linted_errors[k], registry_of[i], nullptr, {cache, registry_digest_of[i], &cwd});
  });
  for (std::size_t k = 0; k < articles.size(); ++k) {
    outcomes.push_back(std::move(linted[k]));
    std::move(linted_errors[k].begin(), linted_errors[k].end(), std::back_inserter(errors));
  }
  for (const FileInput& f : files) {
    if (f.kind != FileKind::kArticle && registry_files.insert(canonical_key(f.path)).second) {
      outcomes.push_back(lint_file(f, errors));
    }
  }
  LintResult result = finish(std::move(outcomes));
  result.errors = std::move(errors);
  return result;
}

LintResult Linter::run_text(const std::string& path, std::string bytes, std::uintmax_t too_large_size) const {
  std::vector<std::string> errors;
  std::vector<FileOutcome> outcomes;
  const FileKind kind = classify(path);
  Registry registry;
  if (kind == FileKind::kArticle) {
    // The registry files are read for the model; their own findings belong
    // to another run.
    std::vector<FileOutcome> ignored;
    if (const auto dir = registry_dir_for(path, config_.registry)) registry = load_registry(*dir, ignored, errors);
  }
  outcomes.push_back(too_large_size > 0 ? too_large(path, kind, too_large_size)
                                        : lint_source(SourceFile(path, std::move(bytes)), kind, &registry));
  LintResult result = finish(std::move(outcomes));
  result.errors = std::move(errors);
  return result;
}

LintResult Linter::finish(std::vector<FileOutcome> outcomes) const {
  LintResult result;
  std::vector<CorpusNote> notes;
  for (FileOutcome& o : outcomes) {
    ++(o.unread ? result.unreadable : result.files_checked);
    if (o.unread) result.unread.push_back(o.file);
    result.files.push_back(std::move(o.file));
    std::move(o.suppressions.begin(), o.suppressions.end(), std::back_inserter(result.suppressions));
    std::move(o.findings.begin(), o.findings.end(), std::back_inserter(result.findings));
    std::move(o.notes.begin(), o.notes.end(), std::back_inserter(notes));
  }
  std::sort(result.files.begin(), result.files.end());
  std::sort(result.unread.begin(), result.unread.end());
  std::stable_sort(notes.begin(), notes.end(),
                   [](const CorpusNote& a, const CorpusNote& b) { return a.file < b.file; });
  std::stable_sort(result.suppressions.begin(), result.suppressions.end(),
                   [](const Suppression& a, const Suppression& b) { return a.file < b.file; });
  CorpusContext corpus(notes, severities_);
  // Every rule: an override may turn on, for some files, a rule that is off
  // in the config (each finding gets its article's severity).
  for (const auto& r : rules_) r->check_corpus(corpus);
  std::move(corpus.findings().begin(), corpus.findings().end(), std::back_inserter(result.findings));
  result.notes = std::move(notes);
  std::sort(result.findings.begin(), result.findings.end(), finding_less);
  // Repeats of one fingerprint in one file are numbered in source order.
  std::map<std::pair<std::string, std::string>, int> seen;
  for (Finding& f : result.findings) {
    const int n = ++seen[{f.file, f.fingerprint}];
    if (n > 1) f.fingerprint += "/" + std::to_string(n);
  }
  return result;
}

}  // namespace medlint
