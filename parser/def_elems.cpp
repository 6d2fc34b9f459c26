#include "parser/def_elems.h"

#include <algorithm>
#include <stdexcept>

namespace pgfleet {

std::string def_arg_text(const pgast::Node& arg) {
    std::string type = pgast::node_type(arg);
    const auto& body = pgast::node_body(arg);
    if (type == "Integer") return std::to_string(pgast::get_int(body, "ival", 0));
    if (type == "Float") return pgast::get_string(body, "fval");
    if (type == "String") return pgast::get_string(body, "sval");
    if (type == "Boolean") return pgast::get_bool(body, "boolval") ? "true" : "false";
    if (type == "A_Const") return pgast::const_text(body);
    if (type == "TypeName" || type == "List") {
        auto names = pgast::string_list(type == "TypeName" ? pgast::get_list(body, "names") : pgast::get_list(body, "items"));
        std::string out;
        for (const auto& n : names) out += (out.empty() ? "" : ".") + n;
        return out;
    }
    return "";
}

long long def_arg_int(const pgast::Node& arg) {
    std::string type = pgast::node_type(arg);
    if (type == "Integer") return pgast::get_int(pgast::node_body(arg), "ival", 0);
    return std::stoll(def_arg_text(arg));
}

std::vector<std::string> def_list_as_options(const pgast::Node& list) {
    std::vector<std::string> out;
    for (const auto& item : list) {
        const auto& d = pgast::node_body(item);
        std::string name = pgast::get_string(d, "defname");
        std::string ns = pgast::get_string(d, "defnamespace");
        if (!ns.empty()) name = ns + "." + name;
        // A bare option name (WITH (autovacuum_enabled)) means true.
        std::string value = d.contains("arg") ? def_arg_text(d["arg"]) : "true";
        out.push_back(name + "=" + value);
    }
    return out;
}

}  // namespace pgfleet
