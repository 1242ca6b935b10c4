#include "medlint/engine/inputs.h"

namespace medlint {

std::string PathError::message() const {
  if (kind == Kind::kNothingToCheck) return reason;
  return std::string("cannot read ") + (folder ? "folder " : "") + "'" + path + "': " + reason;
}

}  // namespace medlint
