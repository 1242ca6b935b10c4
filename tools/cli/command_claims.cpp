// medlint claims [PATH...]: every sentence medlint cuts from the articles'
// prose, whether it is a claim, and what cites it (why CIT001 does or does
// not report it).
#include <iostream>
#include <iterator>

#include "arg_reader.h"
#include "medlint/driver/file_walker.h"
#include "medlint/model/claims.h"
#include "medlint/report/claims_report.h"
#include "commands.h"
#include "exit_codes.h"
#include "medlint/base/file_io.h"
#include "lint_session.h"
#include "medlint/report/report_text.h"

namespace medlint {
namespace {

constexpr CommandLine kCommand{.command = "claims", .changed_since = false, .jobs = false, .cache = false};

constexpr std::string_view kUsage = R"(Usage: medlint claims [PATH...] [options]

Prints every sentence medlint cuts from the prose of the articles (files, or
folders searched recursively for *.json): where it is, whether it is a claim
(a question, a lead-in ending with ":" or a sentence in a section of kind
"other" is not), and the markers or list coverage that cite it. CIT001
reports exactly the claims that are not cited. The sentence splitter and its
abbreviation lists are described in docs/sentences.md.

Options:
  --format text|json    text (default): one line per sentence; json: for tools
  --uncited             only the claims without a citation
)";

constexpr std::string_view kMoreHelp = R"(  --help                print this help

Exit codes: 0 the claims were listed; 2 medlint could not do its job (bad
flag, path or config, unreadable or malformed article).
)";

struct ClaimsOptions {
  SessionOptions session;
  std::string format = "text";
  bool uncited = false;
};

Result<void> parse_args(Args args, ClaimsOptions& o, bool& help) {
  const auto own = [&](std::string_view a, ArgReader& r) -> Result<bool> {
    std::string_view v;
    if (a == "--format") {
      if (!r.value(v) || (v != "text" && v != "json")) {
        return Error{"--format needs text or json, not '" + std::string(v) + "'"};
      }
      o.format = std::string(v);
    } else if (a == "--uncited") {
      o.uncited = true;
    } else {
      return false;
    }
    return true;
  };
  return parse_command_line(args, kCommand, o.session, help, o.session.paths, own);
}

// The claims of one article's bytes; an error message when it is not JSON.
std::string claims_of(const Linter& linter, const std::string& display, std::string bytes,
                      std::vector<ArticleClaims>& out) {
  const SourceFile source(display, std::move(bytes));
  const JsonDocument doc = JsonDocument::parse(source.text());
  if (!doc.ok()) return "'" + display + "' is not valid JSON; run `medlint check` on it for the details";
  const Article article = build_article(doc, linter.splitter());
  out.push_back(list_claims(source, doc, article));
  return {};
}

}  // namespace

int command_claims(Args args) {
  ClaimsOptions o;
  bool help = false;
  if (auto parsed = parse_args(args, o, help); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kUsage << session_help(kCommand) << kMoreHelp;
    return kExitClean;
  }
  Session session;
  std::vector<std::string> paths;
  if (auto opened = open_session(o.session, session, paths); !opened) return fail(opened.error());
  const Linter& linter = *session.linter;

  std::vector<ArticleClaims> articles;
  std::vector<std::string> errors;
  if (o.session.stdin_filename) {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (std::string e = claims_of(linter, *o.session.stdin_filename, std::move(bytes), articles); !e.empty()) {
      errors.push_back(e);
    }
  } else {
    std::vector<FileInput> files;
    std::vector<PathError> path_errors;
    collect_files(paths, files, path_errors);
    for (const PathError& e : path_errors) errors.push_back(e.message());
    for (const FileInput& f : files) {
      if (f.kind != FileKind::kArticle) continue;
      ReadResult read = read_file(f.path, linter.config().max_file_size);
      if (read.status != ReadResult::Status::kOk) {
        errors.push_back("cannot read '" + f.display + "': " +
                         (read.status == ReadResult::Status::kTooLarge ? "larger than maxFileSize" : read.error));
        continue;
      }
      if (std::string e = claims_of(linter, f.display, std::move(read.bytes), articles); !e.empty()) {
        errors.push_back(e);
      }
    }
  }
  if (o.format == "json") {
    write_claims_json(std::cout, articles, o.uncited);
  } else {
    write_claims_text(std::cout, articles, o.uncited);
  }
  for (const std::string& e : errors) std::cerr << "medlint: " << report::printable(e) << "\n";
  std::cout.flush();
  if (!std::cout) return fail("cannot write the claims to standard output");
  return errors.empty() ? kExitClean : kExitToolError;
}

}  // namespace medlint
