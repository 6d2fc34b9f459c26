#pragma once
// OPTIONS clauses of foreign data wrappers, servers, user mappings and foreign tables.
//
// Secret option values (passwords, tokens: see catalog/foreign_data.h) are only ever known
// as a hash, so a statement that must set one cannot carry the value. It carries a psql
// variable instead, `password :'pgfleet_secret_<object>_<option>'`, and a comment line naming
// it: `psql -v pgfleet_secret_...=... -f plan.sql` supplies the value. Without it the
// statement does not parse, so nothing ever runs with a wrong or empty secret, and the plan
// text never holds the secret itself.
#include <string>
#include <vector>

namespace pgfleet {

struct OptionsSql {
    std::string clause;                // " OPTIONS (...)", or "" when there is nothing to say
    std::vector<std::string> secrets;  // psql variables the clause needs
};

// OPTIONS (name 'value', ...) for a CREATE; `object` names the owner of the options in
// variable names ("server_remote", "mapping_remote_app").
OptionsSql create_options_sql(const std::vector<std::string>& options, const std::string& object);

// OPTIONS (DROP a, SET b '...', ADD c '...') turning `from` into `to`.
OptionsSql alter_options_sql(const std::vector<std::string>& from, const std::vector<std::string>& to,
                             const std::string& object);

// The statement with a first line saying which variables it needs (unchanged when none).
std::string with_secret_note(const std::string& sql, const std::vector<std::string>& secrets);

}  // namespace pgfleet
