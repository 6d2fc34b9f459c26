#pragma once
// SQL text for routines.
#include <string>

#include "catalog/function.h"

namespace pgfleet::ddl {

// CREATE [OR REPLACE] FUNCTION|PROCEDURE ... with every option and the body.
std::string create_function(const Function& f, bool or_replace);

// The option clauses that differ, for ALTER FUNCTION ("IMMUTABLE STRICT SET search_path TO ...").
std::string function_option_changes(const Function& from, const Function& to);

// "FUNCTION public.f(integer)" / "PROCEDURE public.p(text)".
std::string routine_reference(const Function& f);

}  // namespace pgfleet::ddl
