#pragma once
// Secret option values reach a plan's statements as psql variables (`password
// :'pgfleet_secret_<object>_<option>'`, see planner/generic_options_sql.h). `pgfleet apply`
// fills them in itself from the environment, so a plan never needs psql to run, and refuses
// before anything runs when one is missing. The values never enter the plan, its reports or
// its errors.
#include <map>
#include <string>
#include <vector>

#include "planner/plan.h"

namespace pgfleet {

// The variables the plan's statements need, sorted, each once.
std::vector<std::string> secret_variables(const Plan& plan);

// The statement with each variable replaced by its value as a quoted literal.
std::string with_secret_values(std::string sql, const std::map<std::string, std::string>& values);

// Each variable's value from the environment: a variable of the same name, or of the name in
// capitals (PGFLEET_SECRET_...). Throws std::runtime_error naming every one that is missing.
std::map<std::string, std::string> secret_values_from_environment(const Plan& plan);

}  // namespace pgfleet
