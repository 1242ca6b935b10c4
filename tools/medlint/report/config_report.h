// The effective config for one file (`medlint config --print`): the config
// file, its settings with the defaults filled in, the overrides that match
// the file and the severity of every rule for it, as JSON.
#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>

#include "medlint/engine/config.h"
#include "medlint/engine/rule.h"

namespace medlint {

void write_effective_config(std::ostream& out, const Config& config, const std::string& file,
                            std::span<const std::unique_ptr<Rule>> rules);

}  // namespace medlint
