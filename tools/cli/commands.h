// One file per subcommand; main.cpp dispatches to these.
#pragma once

#include <span>
#include <string_view>

#include "medlint/base/result.h"

namespace medlint {

using Args = std::span<const std::string_view>;

int command_audit(Args args);
int command_baseline(Args args);
int command_check(Args args);
int command_claims(Args args);
int command_config(Args args);
int command_explain(Args args);
int command_fix(Args args);
int command_merge(Args args);
int command_new(Args args);
int command_review(Args args);
int command_rules(Args args);

// "medlint: message" on stderr; returns kExitToolError.
int fail(std::string_view message);
inline int fail(const Error& error) { return fail(error.message); }

}  // namespace medlint
