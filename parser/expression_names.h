#pragma once
// Names in an expression made explicit, as the server stores them: relations, routines and
// sequences qualified, regclass literals resolved against the desired state's names.
#include <vector>

#include "catalog/object_key.h"
#include "parser/expressions.h"
#include "pgast/node.h"

namespace pgfleet {

// Qualifies the names in `node` in place; what they name is added to `refs`.
void qualify_names(const ExprContext& context, std::vector<ObjectKey>& refs, pgast::Node& node);

}  // namespace pgfleet
