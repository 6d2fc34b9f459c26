#pragma once
// A String parse node, as libpg_query writes names: {"String": {"sval": s}}.
#include <string>

#include "pgast/node.h"

namespace pgfleet {

inline pgast::Node string_node(const std::string& s) { return {{"String", {{"sval", s}}}}; }

}  // namespace pgfleet
