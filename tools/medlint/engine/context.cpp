#include "medlint/engine/context.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include <algorithm>

#include "medlint/base/embedded.h"
#include "medlint/base/utf8.h"
#include "medlint/base/version.h"

namespace medlint {

std::string RuleMeta::docs_stem() const {
  std::string stem;
  for (const char c : code) stem += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  stem += '_';
  for (const char c : name) stem += c == '-' ? '_' : c;
  return stem;
}

namespace {

// An argument as a message quotes it: at most kMaxArg code points, then "…"
// (an article can hold a 100 KB id; a message is read by people).
std::string_view bounded(std::string_view value, bool& cut) {
  constexpr std::size_t kMaxArg = 200;
  std::size_t cps = 0, i = 0;
  while (i < value.size() && cps < kMaxArg) {
    i += utf8_sequence_length(static_cast<unsigned char>(value[i]));
    ++cps;
  }
  cut = i < value.size();
  return value.substr(0, std::min(i, value.size()));
}

}  // namespace

namespace {

// "{ref}": a placeholder is a name of letters, digits and "_" in braces
// (so JSON in a message, such as {"ignore": [...]}, is not one).
bool is_placeholder(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

}  // namespace

void message_mistake(const RuleMeta& rule, std::string_view message_id, std::string_view what) {
  const std::string text =
      std::string(rule.code) + " message \"" + std::string(message_id) + "\": " + std::string(what);
#ifndef NDEBUG
  // A rule's message table and its report() calls disagree: a bug in the
  // rule, never in the article. Debug builds (the tests, the fuzzers) stop.
  std::fprintf(stderr, "medlint: internal error: %s\n", text.c_str());
  std::abort();
#else
  (void)text;  // release builds still report the finding, with what is known
#endif
}

std::string format_message(std::string_view text, const MessageArgs& args, std::vector<std::string>* unfilled) {
  std::string out;
  out.reserve(text.size() + 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const std::size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        const std::string_view name = text.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [key, value] : args) {
          if (key == name) {
            bool cut = false;
            out += bounded(value, cut);
            if (cut) out += "\u2026";
            replaced = true;
            break;
          }
        }
        if (replaced) {
          i = close;
          continue;
        }
        if (unfilled && is_placeholder(name)) unfilled->emplace_back(name);
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

std::string rule_help_uri(const RuleMeta& meta) {
  if (!meta.help_uri.empty()) return std::string(meta.help_uri);
  return std::string(docs_url()) + "tools/medlint/rules/" + meta.docs_stem() + ".md";
}

std::string_view Rule::message(std::string_view id) const {
  for (const auto& m : meta().messages) {
    if (m.id == id) return m.text;
  }
  message_mistake(meta(), id, "no such message id in the rule's table");
  return id;
}

namespace {
Finding make_finding(const Rule& rule, Severity severity, std::string_view message_id, const MessageArgs& args) {
  const RuleMeta& m = rule.meta();
  Finding f;
  f.suppressible = !m.always_on;
  f.code = m.code;
  f.name = m.name;
  f.severity = severity;
  std::vector<std::string> unfilled;
  f.message = format_message(rule.message(message_id), args, &unfilled);
  for (const std::string& name : unfilled) message_mistake(m, message_id, "no value for {" + name + "}");
  f.message_id = message_id;
  f.help_uri = rule_help_uri(m);
  return f;
}
}  // namespace

const Registry& FileContext::empty_registry() {
  static const Registry none;
  return none;
}

Finding* FileContext::report(const Rule& rule, std::string_view message_id, NodeId node, const MessageArgs& args,
                             Severity cap) {
  return report_span(rule, message_id, doc_.node(node).value, doc_.pointer(node), args, cap);
}

Finding* FileContext::report_text(const Rule& rule, std::string_view message_id, NodeId string_node, std::size_t begin,
                                  std::size_t end, const MessageArgs& args) {
  return report_span(rule, message_id, doc_.string_span(string_node, begin, end), doc_.pointer(string_node), args);
}

Finding* FileContext::report_span(const Rule& rule, std::string_view message_id, Span span, std::string pointer,
                                  const MessageArgs& args, Severity cap, std::string_view detail) {
  const Severity severity = std::min(severities_.of(rule.meta().code), cap);
  if (severity == Severity::kOff) return nullptr;
  Finding f = make_finding(rule, severity, message_id, args);
  f.file = source_.path();
  f.span = span;
  f.start = source_.position(span.begin);
  f.end = source_.position(span.end);
  f.pointer = std::move(pointer);
  f.excerpt = source_.excerpt(span.begin);
  const std::string_view text = source_.text().substr(span.begin, std::min<std::size_t>(span.end - span.begin, 4096));
  f.fingerprint = fingerprint(f.code, message_id, f.pointer, text, detail);
  findings_.push_back(std::move(f));
  return &findings_.back();
}

TextEdit FileContext::text_edit(NodeId string_node, std::size_t begin, std::size_t end,
                                std::string_view replacement) const {
  const Span span = doc_.string_span(string_node, begin, end);
  const std::string quoted = json_quote(replacement);
  return {static_cast<std::uint32_t>(span.begin), static_cast<std::uint32_t>(span.end),
          quoted.substr(1, quoted.size() - 2)};
}

Finding* FileContext::report_file(const Rule& rule, std::string_view message_id, const MessageArgs& args) {
  const Severity severity = severities_.of(rule.meta().code);
  if (severity == Severity::kOff) return nullptr;
  Finding f = make_finding(rule, severity, message_id, args);
  f.file = source_.path();
  f.fingerprint = fingerprint(f.code, message_id, "", source_.path());
  findings_.push_back(std::move(f));
  return &findings_.back();
}

void FileContext::note(const Rule& rule, std::string key, NodeId node) {
  const Span span = doc_.node(node).value;
  notes_.push_back({&rule, source_.path(), std::move(key), doc_.pointer(node), span, source_.position(span.begin),
                    source_.position(span.end), source_.excerpt(span.begin), &severities_});
}

std::vector<const CorpusNote*> CorpusContext::notes(const Rule& rule) const {
  std::vector<const CorpusNote*> out;
  for (const CorpusNote& n : notes_) {
    if (n.rule == &rule) out.push_back(&n);
  }
  return out;
}

void CorpusContext::report(const Rule& rule, std::string_view message_id, const CorpusNote& at,
                           const MessageArgs& args) {
  const Severity severity = (at.severities ? *at.severities : severities_).of(rule.meta().code);
  if (severity == Severity::kOff) return;
  Finding f = make_finding(rule, severity, message_id, args);
  f.file = at.file;
  f.span = at.span;
  f.start = at.start;
  f.end = at.end;
  f.pointer = at.pointer;
  f.excerpt = at.excerpt;
  f.fingerprint = fingerprint(f.code, message_id, f.pointer, at.key);
  f.corpus = true;
  findings_.push_back(std::move(f));
}

}  // namespace medlint
