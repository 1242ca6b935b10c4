#include "medlint/base/version.h"

namespace medlint {

std::string_view version() { return MEDLINT_VERSION; }

std::string_view docs_url() { return MEDLINT_DOCS_URL; }

}  // namespace medlint
