// medlint review ACTION FILE --by PERSON: records one step of the review
// workflow in an article (the board's sign-off), changing only the spans the
// step concerns, written atomically. A step the workflow, the board or the
// article's findings do not allow is refused with the reason (exit 1) and the
// file is left as it was.
#include <algorithm>
#include <iostream>
#include <set>
#include <sstream>

#include "arg_reader.h"
#include "commands.h"
#include "exit_codes.h"
#include "medlint/base/file_io.h"
#include "medlint/driver/file_walker.h"
#include "lint_session.h"
#include "medlint/report/report_text.h"
#include "medlint/report/reporters.h"
#include "medlint/model/review_step.h"
#include "medlint/base/utf8.h"

namespace medlint {
namespace {

constexpr CommandLine kCommand{
    .command = "review", .stdin_filename = false, .changed_since = false, .jobs = false, .cache = false};

constexpr std::string_view kUsage = R"(Usage: medlint review ACTION FILE --by PERSON [options]

Records one step of the review workflow in the article FILE: appends the step
to review.history, sets review.status, sets dates.reviewed on approval, and
adds or removes the "pending-review" notice. Only those spans of the file
change; the rest stays byte for byte as it was. The file is replaced
atomically (a temporary file in the same folder, fsync, rename).

Actions:
  start            submitted -> under_review: a board member takes the article
  request-changes  under_review -> changes_requested
  approve          under_review -> approved
  resubmit         changes_requested or approved -> submitted

The step is refused, and the file left unchanged, when the workflow does not
allow it, when PERSON is not in the people registry or (start,
request-changes, approve) not on the Medical Advisory Board on the step's
date, when PERSON is an author approving their own article, when an approval
would leave error findings (they are listed), when the step would cause a REV
or DAT finding, or when FILE is not a valid JSON article.

Options:
  --by PERSON           the person taking the step (an id in registry/people.json)
  --date YYYY-MM-DD     the step's date (default: today; not after today)
  --note TEXT           a note kept with the step in the history
)";

constexpr std::string_view kMoreHelp = R"(  --help                print this help

Exit codes: 0 the step was recorded; 1 the step was refused (the reason is
printed, the file is unchanged); 2 medlint could not do its job (bad flag,
config or registry, unreadable or unwritable file).
)";

struct ReviewOptions {
  SessionOptions session;
  std::string action;
  std::string file;
  std::string by;
  std::optional<std::string> date;
  std::string note;
};

Result<void> parse_args(Args args, ReviewOptions& o, bool& help) {
  const auto own = [&](std::string_view a, ArgReader& r) -> Result<bool> {
    std::string_view v;
    if (a == "--by") {
      if (!r.value(v) || v.empty()) return Error{"--by needs a person id from the people registry"};
      o.by = std::string(v);
    } else if (a == "--date") {
      if (!r.value(v)) return Error{"--date needs a date (YYYY-MM-DD)"};
      o.date = std::string(v);
    } else if (a == "--note") {
      if (!r.value(v)) return Error{"--note needs a text"};
      if (find_invalid_utf8(v)) return Error{"--note is not valid UTF-8"};
      o.note = std::string(v);
    } else {
      return false;
    }
    return true;
  };
  std::vector<std::string> positional;
  if (auto parsed = parse_command_line(args, kCommand, o.session, help, positional, own); !parsed) return parsed;
  if (help) return {};
  if (positional.size() != 2) return Error{"review needs an ACTION and one FILE (see medlint review --help)"};
  o.action = positional[0];
  o.file = positional[1];
  if (o.by.empty()) return Error{"review needs --by PERSON: who takes the step"};
  return {};
}

// The findings of `after` with a code in `codes` that `before` did not have.
std::vector<Finding> new_findings(const LintResult& before, const LintResult& after) {
  std::set<std::string, std::less<>> had;
  for (const Finding& f : before.findings) had.insert(f.code + "/" + f.fingerprint);
  std::vector<Finding> out;
  for (const Finding& f : after.findings) {
    const bool workflow = f.code.starts_with("REV") || f.code.starts_with("DAT");
    if (workflow && !had.contains(f.code + "/" + f.fingerprint)) out.push_back(f);
  }
  return out;
}

int refuse(const ReviewOptions& o, std::string_view reason, std::vector<Finding> findings = {},
           const Date& today = {}) {
  std::cerr << "medlint: review " << report::printable(o.action) << " refused for '" << report::printable(o.file)
            << "': " << report::printable(reason) << "\n";
  if (!findings.empty()) {
    LintResult listed;
    listed.findings = std::move(findings);
    listed.files_checked = 1;
    ReportOptions options;
    options.today = today;
    write_text(std::cerr, listed, options);
  }
  std::cerr << "medlint: '" << report::printable(o.file) << "' was not changed\n";
  return kExitFindings;
}

std::vector<Finding> errors_of(const LintResult& r) {
  std::vector<Finding> out;
  std::copy_if(r.findings.begin(), r.findings.end(), std::back_inserter(out),
               [](const Finding& f) { return f.severity == Severity::kError; });
  return out;
}

}  // namespace

int command_review(Args args) {
  ReviewOptions o;
  bool help = false;
  if (auto parsed = parse_args(args, o, help); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kUsage << session_help(kCommand) << kMoreHelp;
    return kExitClean;
  }
  const auto action = parse_review_action(o.action);
  if (!action)
    return fail("unknown review action '" + o.action + "': give start, request-changes, approve or resubmit");

  o.session.paths = {o.file};
  Session session;
  std::vector<std::string> paths;
  if (auto opened = open_session(o.session, session, paths); !opened) return fail(opened.error());
  const Linter& linter = *session.linter;

  ReviewStep step{*action, o.by, session.today, o.note};
  if (o.date) {
    const auto parsed = Date::parse(*o.date);
    if (!parsed) return fail("--date needs a real date as YYYY-MM-DD, not '" + *o.date + "'");
    if (*parsed > session.today) {
      return fail("--date " + *o.date + " is after today (" + session.today.to_string() +
                  "); record a step once taken");
    }
    step.date = *parsed;
  }
  if (classify(o.file) != FileKind::kArticle) return fail("'" + o.file + "' is a registry file, not an article");

  ReadResult read = read_file(o.file, linter.config().max_file_size);
  if (read.status == ReadResult::Status::kTooLarge) return fail("'" + o.file + "' is larger than maxFileSize");
  if (read.status != ReadResult::Status::kOk) return fail("cannot read '" + o.file + "': " + read.error);
  const std::string& text = read.bytes;

  const LintResult before = linter.run_text(o.file, text);
  if (!before.errors.empty()) return fail(before.errors.front());
  const bool parsed =
      !find_invalid_utf8(text) && std::none_of(before.findings.begin(), before.findings.end(),
                                               [](const Finding& f) { return f.code.starts_with("JSON"); });
  const JsonDocument doc = JsonDocument::parse(text);
  if (!parsed || !doc.ok()) {
    return refuse(o, "it is not a valid JSON article; `medlint check` says why", errors_of(before), session.today);
  }
  const Article article = build_article(doc, linter.splitter());

  Registry registry;
  std::vector<std::string> registry_errors;
  if (const auto dir = registry_dir_for(o.file, linter.config().registry)) {
    std::vector<FileOutcome> ignored;
    registry = linter.load_registry(*dir, ignored, registry_errors);
  }
  if (!registry_errors.empty()) return fail(registry_errors.front());

  const PlannedStep planned = plan_review_step(text, doc, article, registry, step);
  if (!planned.refusal.empty()) return refuse(o, planned.refusal);

  const LintResult after = linter.run_text(o.file, planned.text);
  if (*action == ReviewAction::kApprove) {
    if (std::vector<Finding> errors = errors_of(after); !errors.empty()) {
      return refuse(o, "the article still has error findings; fix them before approving it", std::move(errors),
                    session.today);
    }
  }
  if (std::vector<Finding> caused = new_findings(before, after); !caused.empty()) {
    return refuse(o, "the step would cause these findings", std::move(caused), session.today);
  }

  if (auto written = write_file_atomically(o.file, planned.text); !written) {
    return fail(written.error().message + " (the file was not changed)");
  }
  std::cout << report::printable(o.file) << ": " << report::printable(planned.from) << " -> " << target_status(*action)
            << " by " << report::printable(o.by) << " on " << step.date.to_string() << "\n";
  return kExitClean;
}

}  // namespace medlint
