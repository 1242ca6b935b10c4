// medlint new ID --title "..." --audience A: writes a new article skeleton
// that already passes the schema and the rules, for an editor to fill in.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>

#include "medlint/load/rapidjson.h"  // first: before any RapidJSON header
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "arg_reader.h"
#include "commands.h"
#include "medlint/engine/config.h"
#include "medlint/base/limits.h"
#include "medlint/base/date.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/base/file_io.h"
#include "medlint/driver/file_walker.h"
#include "medlint/load/json_document.h"
#include "medlint/model/registry.h"
#include "medlint/rules/rules.h"
#include "medlint/report/report_text.h"
#include "medlint/engine/schema_set.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHelp = R"(Usage: medlint new ID --title TITLE --audience A [--audience A...] [options]

Writes DIR/ID.json: a new article that already passes `medlint check`, for
you to fill in. It has the disclaimers the registry requires for its
audiences, the "submitted" review status with one history step (today, by the
first author), today's dates, the "educational-only" and "pending-review"
notices, and one section of kind "other" with a placeholder paragraph.
An existing file is never overwritten.

Options:
  --title TITLE         the article's title, e.g. the question it answers
  --audience A          patient, caregiver or clinician (repeat for several)
  --author ID           an author's id in registry/people.json (repeatable;
                        default: the registry's only author)
  --dir DIR             where to write (default: content/articles beside the
                        nearest medlint.json, else the current folder)
  --today YYYY-MM-DD    the date to write (default: UTC today)
  --config FILE         use this config instead of the nearest medlint.json
  --no-config           use no config file
  --help                print this help

Exit codes: 0 written, 2 bad arguments, file exists, or cannot write.
)";

constexpr std::string_view kPlaceholder =
    "Replace this paragraph with the answer. Put clinical facts in sections of kind guidelines, research or "
    "overview, with a citation marker for every claim and its source under references.";

bool is_slug(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

struct NewOptions {
  SessionOptions session;  // --config, --no-config, --today
  std::string id;
  std::string title;
  std::vector<std::string> audiences;
  std::vector<std::string> authors;
  std::optional<std::string> dir;
};

Result<bool> new_flag(std::string_view a, ArgReader& r, NewOptions& o, bool& has_title) {
  if (a != "--title" && a != "--audience" && a != "--author" && a != "--dir") return false;
  const auto v = r.value();  // each of them takes one
  if (a == "--title") {
    if (!v) return Error{"--title needs a title"};
    o.title = *v;
    has_title = true;
  } else if (a == "--audience") {
    if (!v || (*v != "patient" && *v != "caregiver" && *v != "clinician")) {
      return Error{"--audience needs patient, caregiver or clinician, not '" + v.value_or("") + "'"};
    }
    if (std::find(o.audiences.begin(), o.audiences.end(), *v) != o.audiences.end()) {
      return Error{"--audience " + *v + " is given twice"};
    }
    o.audiences.push_back(*v);
  } else if (a == "--author") {
    if (!v || !is_slug(*v)) {
      return Error{"--author needs a person id (lowercase letters, digits, hyphens), not '" + v.value_or("") + "'"};
    }
    if (std::find(o.authors.begin(), o.authors.end(), *v) == o.authors.end()) o.authors.push_back(*v);
  } else {
    if (!v || v->empty()) return Error{"--dir needs a folder"};
    o.dir = *v;
  }
  return true;
}

Result<void> parse_args(Args args, NewOptions& o, bool& help) {
  bool has_title = false;
  std::vector<std::string> positional;
  const CommandLine command{
      .command = "new", .stdin_filename = false, .changed_since = false, .jobs = false, .cache = false};
  const auto own = [&](std::string_view a, ArgReader& r) { return new_flag(a, r, o, has_title); };
  if (auto parsed = parse_command_line(args, command, o.session, help, positional, own); !parsed) return parsed;
  if (help) return {};
  if (positional.size() > 1) return Error{"new takes one ID, not '" + positional[0] + "' and '" + positional[1] + "'"};
  if (positional.empty()) {
    return Error{"new needs an ID, e.g. medlint new serotonin-syndrome --title \"...\" --audience clinician"};
  }
  o.id = positional.front();
  if (!is_slug(o.id)) {
    return Error{"the ID must be a slug: lowercase letters and digits in words joined by single hyphens, not '" + o.id +
                 "'"};
  }
  if (o.id == "medlint") {
    return Error{"the ID 'medlint' would write medlint.json, the name of medlint's config; choose another"};
  }
  if (!has_title || o.title.find_first_not_of(" \t\r\n") == std::string::npos)
    return Error{"new needs --title \"...\""};
  if (o.audiences.empty()) return Error{"new needs --audience patient, caregiver or clinician"};
  return {};
}

// The registry beside the new article, built as `check` builds it. Its
// findings are for `medlint check` to report; a registry file that cannot
// be read at all is an error here.
Result<Registry> registry_beside(const Linter& linter, const fs::path& dir) {
  std::vector<FileOutcome> outcomes;
  std::vector<std::string> errors;
  Registry registry = linter.load_registry(dir, outcomes, errors);
  if (!errors.empty()) return Error{errors.front()};
  for (const FileOutcome& outcome : outcomes) {
    for (const Finding& f : outcome.findings) {
      if (f.code.starts_with("JSON")) {
        return Error{"'" + outcome.file + "' cannot be read (" + f.code + "); run medlint check " + outcome.file};
      }
    }
  }
  return registry;
}

std::string render(const NewOptions& o, const std::string& today, const std::vector<std::string>& disclaimers) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  const auto str = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  // Lists of ids on one line, like the bundled article.
  const auto list = [&](const char* key, const std::vector<std::string>& items) {
    w.Key(key);
    w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
    w.StartArray();
    for (const std::string& s : items) str(s);
    w.EndArray();
    w.SetFormatOptions(rapidjson::kFormatDefault);
  };
  w.StartObject();
  w.Key("id");
  str(o.id);
  w.Key("title");
  str(o.title);
  list("audiences", o.audiences);
  list("authors", o.authors);
  w.Key("dates");
  w.StartObject();
  w.Key("created");
  str(today);
  w.Key("updated");
  str(today);
  w.EndObject();
  w.Key("review");
  w.StartObject();
  w.Key("status");
  str("submitted");
  w.Key("history");
  w.StartArray();
  w.StartObject();
  w.Key("status");
  str("submitted");
  w.Key("date");
  str(today);
  w.Key("by");
  str(o.authors.front());
  w.EndObject();
  w.EndArray();
  w.EndObject();
  list("notices", {"educational-only", "pending-review"});
  list("disclaimers", disclaimers);
  w.Key("sections");
  w.StartArray();
  w.StartObject();
  w.Key("kind");
  str("other");
  w.Key("heading");
  str("Answer");
  w.Key("blocks");
  w.StartArray();
  w.StartObject();
  w.Key("type");
  str("paragraph");
  w.Key("text");
  str(kPlaceholder);
  w.EndObject();
  w.EndArray();
  w.EndObject();
  w.EndArray();
  list("references", {});
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace

int command_new(Args args) {
  NewOptions o;
  bool help = false;
  if (auto parsed = parse_args(args, o, help); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kHelp;
    return kExitClean;
  }
  // The config is found from --dir, else the working folder.
  if (o.dir) o.session.paths = {*o.dir};
  o.session.article_resources = false;  // a 512 MiB retraction list is not needed to write a draft
  Session session;
  std::vector<std::string> unused;
  if (auto opened = open_session(o.session, session, unused); !opened) return fail(opened.error());
  const Config& config = session.linter->config();
  const Date today = session.today;

  std::error_code ec;
  fs::path dir;
  if (o.dir) {
    dir = *o.dir;
  } else if (!config.file.empty()) {
    dir = (config.base / "content" / "articles").lexically_proximate(fs::current_path(ec));
    if (!fs::is_directory(dir, ec)) {
      return fail("there is no content/articles folder beside " + config.file.string() + "; give --dir");
    }
  } else {
    dir = ".";
  }
  if (!fs::is_directory(dir, ec)) return fail("--dir '" + dir.string() + "' is not a folder");
  const fs::path target = dir / (o.id + ".json");
  if (fs::exists(fs::symlink_status(target, ec))) {
    return fail("'" + target.string() + "' already exists; medlint new never overwrites");
  }

  Registry registry;
  if (const auto registry_dir = registry_dir_for(target, config.registry)) {
    const fs::path shown = registry_dir->lexically_normal().lexically_proximate(fs::current_path(ec));
    auto loaded = registry_beside(*session.linter, shown);
    if (!loaded) return fail(loaded.error());
    registry = std::move(*loaded);
  }
  if (registry.people_loaded) {
    std::vector<std::string> writers;  // who can be the default author
    for (const Person& p : registry.people) {
      for (const std::string& role : p.roles) {
        if (role == "author" || role == "ai-author") {
          writers.push_back(p.id);
          break;
        }
      }
    }
    if (o.authors.empty() && writers.size() == 1) o.authors.push_back(writers.front());
    for (const std::string& a : o.authors) {
      if (!registry.person(a)) {
        return fail("--author " + a + " is not in " + registry.people_file + " (add them there first)");
      }
    }
    if (o.authors.empty()) {
      std::string known;
      for (const std::string& w : writers) known += (known.empty() ? "" : ", ") + w;
      return fail("new needs --author ID" + (known.empty() ? std::string() : " (one of: " + known + ")"));
    }
  } else {
    if (o.authors.empty()) return fail("new needs --author ID");
    std::cerr << "medlint: no people registry found for '" << report::printable(target.generic_string())
              << "' (registry/people.json beside the articles/ folder, or \"registry\" in medlint.json); "
                 "check will report its authors and disclaimers\n";
  }

  // Every disclaimer the registry requires for one of the audiences, in registry order.
  std::vector<std::string> disclaimers;
  for (const Disclaimer& d : registry.disclaimers) {
    for (const std::string& audience : o.audiences) {
      if (std::find(d.audiences.begin(), d.audiences.end(), audience) != d.audiences.end()) {
        disclaimers.push_back(d.id);
        break;
      }
    }
  }

  if (auto written = write_file_atomically(target, render(o, today.to_string(), disclaimers), WriteMode::kCreateNew);
      !written) {
    std::string error = written.error().message;
    if (error.ends_with("already exists")) error += "; medlint new never overwrites";
    return fail(error);
  }
  const std::string shown = report::printable(target.lexically_normal().generic_string());
  std::cout << "Created " << shown << ". Write the article, then run: medlint check " << shown << "\n";
  return kExitClean;
}

}  // namespace medlint
