// CREATE EVENT TRIGGER and ALTER EVENT TRIGGER ... ENABLE / DISABLE.
#include <algorithm>
#include <cctype>

#include "parser/handlers.h"
#include "parser/routine_names.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_event_trigger(StatementContext& ctx, const pgast::Node& body) {
    EventTrigger t;
    t.name = pgast::get_string(body, "trigname");
    if (ctx.catalog().event_triggers.count(t.name))
        throw StatementError("invalid", "event trigger \"" + t.name + "\" already exists");
    t.event = pgast::get_string(body, "eventname");
    static const std::vector<std::string> events = {"ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite"};
    if (std::find(events.begin(), events.end(), t.event) == events.end())
        throw StatementError("invalid", "unrecognized event name \"" + t.event + "\"");
    for (const auto& item : pgast::get_list(body, "whenclause")) {
        const auto& d = pgast::node_body(item);
        if (pgast::get_string(d, "defname") != "tag")
            throw StatementError("invalid", "unrecognized filter variable \"" + pgast::get_string(d, "defname") + "\"",
                                 ctx.offset_of(d));
        for (auto tag : pgast::string_list(pgast::get_list(d.at("arg").at("List"), "items"))) {
            // The server stores tags upper-cased, in the order written.
            for (auto& ch : tag) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            t.tags.push_back(tag);
        }
    }
    t.function = resolve_routine(ctx.scope(), pgast::string_list(pgast::get_list(body, "funcname")),
                                 UnknownRoutine::CreationSchema);
    ctx.catalog().event_triggers[t.name] = t;
    ctx.define(event_trigger_key(t.name));
}

void handle_alter_event_trigger(StatementContext& ctx, const pgast::Node& body) {
    std::string name = pgast::get_string(body, "trigname");
    auto it = ctx.catalog().event_triggers.find(name);
    if (it == ctx.catalog().event_triggers.end())
        throw StatementError("missing-object", "event trigger \"" + name + "\" does not exist");
    it->second.enabled = pgast::get_string(body, "tgenabled", "O");
}

}  // namespace pgfleet
