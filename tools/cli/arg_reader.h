// Reads a subcommand's arguments one at a time, taking "--flag value" and
// "--flag=value" alike, so every subcommand parses flags the same way.
#pragma once

#include <optional>
#include <string_view>

#include "commands.h"

namespace medlint {

class ArgReader {
 public:
  explicit ArgReader(Args args) : args_(args) {}

  // Moves to the next argument; false after the last.
  bool next() {
    if (++next_ > args_.size()) return false;
    arg_ = args_[next_ - 1];
    inline_.reset();
    if (arg_.starts_with("--")) {
      if (const std::size_t eq = arg_.find('='); eq != std::string_view::npos) {
        inline_ = arg_.substr(eq + 1);
        arg_ = arg_.substr(0, eq);
      }
    }
    return true;
  }
  // The flag name ("--format" of "--format=json"), or a positional argument.
  std::string_view arg() const { return arg_; }
  // The argument as given.
  std::string_view raw() const { return args_[next_ - 1]; }
  // The flag's value: after "=", else the next argument (consumed).
  bool value(std::string_view& out) {
    if (inline_) {
      out = *inline_;
      return true;
    }
    if (next_ >= args_.size()) return false;
    out = args_[next_++];
    return true;
  }
  std::optional<std::string> value() {
    std::string_view v;
    return value(v) ? std::optional<std::string>(std::string(v)) : std::nullopt;
  }

 private:
  Args args_;
  std::size_t next_ = 0;
  std::string_view arg_;
  std::optional<std::string_view> inline_;
};

}  // namespace medlint
