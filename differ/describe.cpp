#include <sstream>

#include "catalog/snapshot.h"
#include "differ/differ.h"

namespace pgfleet {
namespace {

// The JSON of one object, found by key, for showing old and new values.
nlohmann::json object_json(const Catalog& c, const ObjectKey& k) {
    QualifiedName qn{k.schema, k.name};
    switch (k.kind) {
        case ObjectKind::Schema: return c.schemas.count(k.name) ? nlohmann::json(c.schemas.at(k.name)) : nullptr;
        case ObjectKind::Extension: return c.extensions.count(k.name) ? nlohmann::json(c.extensions.at(k.name)) : nullptr;
        case ObjectKind::Type: return c.enums.count(qn) ? nlohmann::json(c.enums.at(qn)) : nullptr;
        case ObjectKind::Sequence: return c.sequences.count(qn) ? nlohmann::json(c.sequences.at(qn)) : nullptr;
        case ObjectKind::Table: return c.tables.count(qn) ? nlohmann::json(c.tables.at(qn)) : nullptr;
        case ObjectKind::Column: {
            auto t = c.tables.find(qn);
            const Column* col = t == c.tables.end() ? nullptr : t->second.find_column(k.sub);
            return col ? nlohmann::json(*col) : nullptr;
        }
        case ObjectKind::Constraint: {
            auto t = c.tables.find(qn);
            const Constraint* con = t == c.tables.end() ? nullptr : t->second.find_constraint(k.sub);
            return con ? nlohmann::json(*con) : nullptr;
        }
        case ObjectKind::Index: return c.indexes.count(qn) ? nlohmann::json(c.indexes.at(qn)) : nullptr;
        case ObjectKind::Default: return nullptr;
    }
    return nullptr;
}

// Expressions show as their SQL; other values as compact JSON.
std::string show(const nlohmann::json& v) {
    if (v.is_null()) return "none";
    if (v.is_object() && v.contains("sql") && v.contains("canonical")) return v["sql"].get<std::string>();
    if (v.is_string()) return v.get<std::string>().empty() ? "''" : v.get<std::string>();
    return v.dump();
}

const char* field_for(const std::string& attribute) {
    if (attribute == "default") return "default_value";
    return attribute.c_str();
}

}  // namespace

std::string describe_change(const Change& change, const Catalog& current, const Catalog& desired) {
    std::string out = std::string(action_name(change.action)) + " " + describe(change.key);
    if (change.action != ChangeAction::Alter) return out;
    nlohmann::json a = object_json(current, change.key), b = object_json(desired, change.key);
    std::string details;
    for (const auto& attr : change.attributes) {
        std::string field = field_for(attr);
        if (!details.empty()) details += "; ";
        if (a.is_object() && b.is_object() && a.contains(field) && b.contains(field))
            details += attr + " " + show(a[field]) + " -> " + show(b[field]);
        else
            details += attr;
    }
    if (change.replace) details += details.empty() ? "rebuilt" : " (rebuilt)";
    return out + (details.empty() ? "" : ": " + details);
}

}  // namespace pgfleet
