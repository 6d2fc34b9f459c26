#include "catalog/function.h"

namespace pgfleet {

std::string routine_signature(const Function& f) { return f.identity_arguments; }

}  // namespace pgfleet
