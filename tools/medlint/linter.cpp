#include "linter.h"

#include <algorithm>
#include <map>
#include <set>

#include "file_io.h"
#include "retraction_list.h"

namespace medlint {
namespace fs = std::filesystem;

Linter::Linter(std::vector<std::unique_ptr<Rule>> rules, std::unique_ptr<SchemaSet> schemas, Config config, Date today,
               std::unique_ptr<const RetractionList> retractions)
    : rules_(std::move(rules)),
      schemas_(std::move(schemas)),
      retractions_(std::move(retractions)),
      config_(std::move(config)),
      severities_(config_, rules_),
      run_{*schemas_, config_, today, retractions_.get()} {
  for (const auto& r : rules_) {
    if (severities_.of(r->meta().code) != Severity::kOff) active_.push_back(r.get());
  }
}

Linter::~Linter() = default;

FileOutcome Linter::too_large(const std::string& display, FileKind kind, std::uintmax_t size) const {
  const SourceFile source(display, "");
  LoadProblem problem{LoadProblem::Kind::kTooLarge, {0, 0}, {}};
  problem.size = size;
  problem.limit = config_.max_file_size;
  const JsonDocument doc = JsonDocument::unparsed(std::move(problem));
  const Article none;
  FileContext ctx(run_, kind, source, doc, none, severities_);
  for (const Rule* r : active_) r->check_load(ctx);
  return {std::move(ctx.findings()), std::nullopt};
}

FileOutcome Linter::lint_source(const SourceFile& source, FileKind kind, const Registry* registry,
                                Registry* build) const {
  if (source.size() > config_.max_file_size) return too_large(source.path(), kind, source.size());
  const JsonDocument doc = JsonDocument::parse(source.text());
  const Article article = kind == FileKind::kArticle ? build_article(doc) : Article{};
  if (build && kind == FileKind::kPeopleRegistry) build->add_people(doc, source.path());
  if (build && kind == FileKind::kDisclaimerRegistry) build->add_disclaimers(doc, source.path());
  FileContext ctx(run_, kind, source, doc, article, severities_, registry);
  for (const Rule* r : active_) r->check_load(ctx);
  if (doc.ok()) {
    for (const Rule* r : active_) r->check_document(ctx);
    if (kind == FileKind::kArticle) {
      for (const Rule* r : active_) r->check_article(ctx);
      // Walk once: each block goes to the rules that asked for its kind.
      for (const TextBlock& block : article.text_blocks) {
        for (const Rule* r : active_) {
          if (r->block_kinds() & block_bit(block.kind)) r->check_block(block, ctx);
        }
      }
    }
  }
  FileOutcome out;
  out.findings = std::move(ctx.findings());
  if (kind == FileKind::kArticle && article.id.present()) {
    const Span span = doc.node(article.id.node).value;
    out.article = ArticleSummary{source.path(), std::string(article.id.value), span, source.position(span.begin),
                                 source.position(span.end),
                                 std::string(source.line_text(source.position(span.begin).line))};
  }
  return out;
}

FileOutcome Linter::lint_file(const FileInput& file, std::vector<std::string>& errors, const Registry* registry,
                              Registry* build) const {
  ReadResult read = read_file(file.path, config_.max_file_size);
  if (read.status == ReadResult::Status::kError) {
    errors.push_back("cannot read '" + file.display + "': " + read.error);
    return {};
  }
  if (read.status == ReadResult::Status::kTooLarge) return too_large(file.display, file.kind, read.size);
  return lint_source(SourceFile(file.display, std::move(read.bytes)), file.kind, registry, build);
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

LintResult Linter::run(std::vector<FileInput> files) const {
  std::vector<std::string> errors;
  std::vector<FileOutcome> outcomes;
  outcomes.reserve(files.size());
  // Each registry folder is linted and built once, when its first article
  // needs it; registry files named on the command line are linted once too.
  std::map<std::string, std::unique_ptr<const Registry>> registries;
  std::set<std::string> registry_files;
  const Registry none;
  const auto registry_for = [&](const fs::path& article) -> const Registry* {
    const auto dir = registry_dir_for(article, config_.registry);
    if (!dir) return &none;
    auto& slot = registries[canonical_key(*dir)];
    if (!slot) {
      slot = std::make_unique<const Registry>(load_registry(*dir, outcomes, errors));
      registry_files.insert(canonical_key(*dir / "people.json"));
      registry_files.insert(canonical_key(*dir / "disclaimers.json"));
    }
    return slot.get();
  };
  for (const FileInput& f : files) {
    if (f.kind == FileKind::kArticle) outcomes.push_back(lint_file(f, errors, registry_for(f.path)));
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

LintResult Linter::finish(std::vector<FileOutcome> outcomes) const {
  LintResult result;
  std::vector<ArticleSummary> articles;
  for (FileOutcome& o : outcomes) {
    ++result.files_checked;
    std::move(o.findings.begin(), o.findings.end(), std::back_inserter(result.findings));
    if (o.article) articles.push_back(std::move(*o.article));
  }
  std::sort(articles.begin(), articles.end(),
            [](const ArticleSummary& a, const ArticleSummary& b) { return a.file < b.file; });
  CorpusContext corpus(articles, severities_);
  for (const Rule* r : active_) r->check_corpus(corpus);
  std::move(corpus.findings().begin(), corpus.findings().end(), std::back_inserter(result.findings));
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
