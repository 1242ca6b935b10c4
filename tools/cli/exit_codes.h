#pragma once

namespace medlint {

// The process exit codes every command uses.
enum ExitCode : int {
  kExitClean = 0,      // nothing that fails the run
  kExitFindings = 1,   // an error-severity finding, or more warnings than --max-warnings
  kExitToolError = 2,  // medlint could not do its job: bad flag, path, config or schema
};

}  // namespace medlint
