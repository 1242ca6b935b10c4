#include "medlint/base/version.h"

namespace medlint {

std::string_view version() { return MEDLINT_VERSION; }

}  // namespace medlint
