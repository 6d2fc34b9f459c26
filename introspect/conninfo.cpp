#include "introspect/conninfo.h"

#include <memory>
#include <stdexcept>

#include <libpq-fe.h>

namespace pgfleet {

ConnParams parse_conninfo(const std::string& conninfo) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        std::string message = error ? error : "out of memory";
        PQfreemem(error);
        while (!message.empty() && message.back() == '\n') message.pop_back();
        throw std::runtime_error("invalid connection string: " + message);
    }
    ConnParams params;
    for (PQconninfoOption* o = options; o->keyword; ++o)
        if (o->val && *o->val) params[o->keyword] = o->val;
    PQconninfoFree(options);
    return params;
}

std::string format_conninfo(const ConnParams& params) {
    std::string out;
    for (const auto& [key, value] : params) {
        if (!out.empty()) out += ' ';
        out += key + "='";
        for (char c : value) {
            if (c == '\'' || c == '\\') out += '\\';
            out += c;
        }
        out += '\'';
    }
    return out;
}

std::string conninfo_with(const std::string& conninfo, const ConnParams& overrides) {
    ConnParams params = parse_conninfo(conninfo);
    for (const auto& [key, value] : overrides) params[key] = value;
    return format_conninfo(params);
}

}  // namespace pgfleet
