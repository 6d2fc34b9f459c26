#include "parser/table_storage.h"

namespace pgfleet {

void warn_unmodeled_storage(StatementContext& ctx, const std::string& access_method, const std::string& tablespace) {
    if (!access_method.empty() && access_method != "heap")
        ctx.warn("unsupported", "table access method \"" + access_method +
                                    "\": pgfleet models heap tables only; the table is planned as heap");
    if (!tablespace.empty() && tablespace != "pg_default")
        ctx.warn("unsupported", "tablespace \"" + tablespace +
                                    "\": pgfleet plans tables in the default tablespace; the clause is ignored");
}

}  // namespace pgfleet
