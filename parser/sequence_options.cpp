#include "parser/sequence_options.h"

#include "parser/def_elems.h"
#include "parser/statement_error.h"
#include "parser/type_names.h"

namespace pgfleet {

SequenceOptionChanges apply_sequence_options(StatementContext& ctx, SequenceOptions& o, const pgast::Node& list,
                                             bool creating) {
    SequenceOptionChanges changes;
    std::optional<std::string> type;
    std::optional<long long> increment, min_value, max_value, start, cache;
    bool no_min = false, no_max = false;
    std::optional<bool> cycle;
    for (const auto& item : list) {
        const auto& d = pgast::node_body(item);
        std::string name = pgast::get_string(d, "defname");
        const pgast::Node arg = d.value("arg", pgast::Node());
        int at = ctx.offset_of(d);
        if (name == "as") {
            type = resolve_type(pgast::node_body(arg), ctx.scope(), ctx.location_base()).sql;
            if (*type != "smallint" && *type != "integer" && *type != "bigint")
                throw StatementError("invalid", "sequence type must be smallint, integer, or bigint", at);
        } else if (name == "increment") {
            increment = def_arg_int(arg);
            if (*increment == 0) throw StatementError("invalid", "INCREMENT must not be zero", at);
        } else if (name == "minvalue") {
            if (arg.is_null()) no_min = true;
            else min_value = def_arg_int(arg);
        } else if (name == "maxvalue") {
            if (arg.is_null()) no_max = true;
            else max_value = def_arg_int(arg);
        } else if (name == "start") {
            start = def_arg_int(arg);
        } else if (name == "cache") {
            cache = def_arg_int(arg);
        } else if (name == "cycle") {
            cycle = def_arg_text(arg) == "true";
        } else if (name == "owned_by") {
            auto names = pgast::string_list(pgast::get_list(pgast::node_body(arg), "items"));
            if (names.size() == 1 && names[0] == "none") {
                changes.owned_by = std::optional<SequenceOwner>();
            } else {
                if (names.size() < 2) throw StatementError("invalid", "invalid OWNED BY option", at);
                std::string column = names.back();
                names.pop_back();
                QualifiedName table = ctx.existing_table(names, at);
                if (!ctx.catalog().tables.at(table).find_column(column))
                    throw StatementError("missing-object", "column \"" + column + "\" of relation \"" + table.name +
                                                               "\" does not exist", at);
                changes.owned_by = SequenceOwner{table, column};
            }
        } else if (name == "sequence_name") {
            changes.sequence_name = pgast::string_list(pgast::get_list(pgast::node_body(arg), "items"));
        } else if (name == "restart") {
            // RESTART changes the current value, which is data, not schema.
        } else {
            throw StatementError("invalid", "option \"" + name + "\" not recognized", at);
        }
    }
    SequenceOptions old_defaults = default_sequence_options(o.type, o.increment);
    if (type) o.type = *type;
    if (increment) o.increment = *increment;
    SequenceOptions defaults = default_sequence_options(o.type, o.increment);
    // Bounds that were the old type's limits follow a type change (PostgreSQL does the same).
    bool reset_max = creating || no_max || (type && o.max_value == old_defaults.max_value);
    bool reset_min = creating || no_min || (type && o.min_value == old_defaults.min_value);
    if (reset_max) o.max_value = defaults.max_value;
    if (reset_min) o.min_value = defaults.min_value;
    if (max_value) o.max_value = *max_value;
    if (min_value) o.min_value = *min_value;
    if (start) o.start = *start;
    else if (creating) o.start = o.increment > 0 ? o.min_value : o.max_value;
    if (cache) o.cache = *cache;
    if (cycle) o.cycle = *cycle;
    if (o.min_value >= o.max_value)
        throw StatementError("invalid", "MINVALUE (" + std::to_string(o.min_value) + ") must be less than MAXVALUE (" +
                                            std::to_string(o.max_value) + ")");
    if (o.start < o.min_value || o.start > o.max_value)
        throw StatementError("invalid", "START value (" + std::to_string(o.start) + ") is out of range");
    return changes;
}

}  // namespace pgfleet
