#include "catalog/snapshot.h"
#include "catalog/json_numbers.h"
#include "catalog/snapshot_references.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "catalog/model_json.h"

namespace pgfleet {
namespace {

constexpr const char* kFormat = "pgfleet-snapshot";
constexpr int kFormatVersion = 1;

template <class Map>
nlohmann::json values_of(const Map& map) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [key, value] : map) out.push_back(value);
    return out;
}

template <class T, class Key, class KeyFn>
void read_values(const nlohmann::json& j, const char* field, std::map<Key, T>& map, KeyFn key) {
    if (!j.contains(field)) return;
    for (const auto& item : j.at(field)) {
        T value = item.get<T>();
        map.emplace(key(value), std::move(value));
    }
}

struct ByQualifiedName {
    template <class T>
    QualifiedName operator()(const T& v) const { return v.name; }
};

}  // namespace

nlohmann::json catalog_to_json(const Catalog& c) {
    return {{"schemas", values_of(c.schemas)},
            {"extensions", values_of(c.extensions)},
            {"collations", values_of(c.collations)},
            {"enums", values_of(c.enums)},
            {"domains", values_of(c.domains)},
            {"composite_types", values_of(c.composite_types)},
            {"range_types", values_of(c.range_types)},
            {"sequences", values_of(c.sequences)},
            {"tables", values_of(c.tables)},
            {"views", values_of(c.views)},
            {"indexes", values_of(c.indexes)},
            {"functions", values_of(c.functions)},
            {"aggregates", values_of(c.aggregates)},
            {"triggers", values_of(c.triggers)},
            {"policies", values_of(c.policies)},
            {"rules", values_of(c.rules)},
            {"event_triggers", values_of(c.event_triggers)},
            {"publications", values_of(c.publications)},
            {"foreign_data_wrappers", values_of(c.foreign_data_wrappers)},
            {"foreign_servers", values_of(c.foreign_servers)},
            {"user_mappings", values_of(c.user_mappings)},
            {"default_privileges", values_of(c.default_privileges)},
            {"unmodeled", c.unmodeled}};
}

Catalog catalog_from_json(const nlohmann::json& j) {
    Catalog c;
    read_values<Schema>(j, "schemas", c.schemas, [](const Schema& v) { return v.name; });
    read_values<Extension>(j, "extensions", c.extensions, [](const Extension& v) { return v.name; });
    read_values<Collation>(j, "collations", c.collations, ByQualifiedName{});
    read_values<EnumType>(j, "enums", c.enums, ByQualifiedName{});
    read_values<Domain>(j, "domains", c.domains, ByQualifiedName{});
    read_values<CompositeType>(j, "composite_types", c.composite_types, ByQualifiedName{});
    read_values<RangeType>(j, "range_types", c.range_types, ByQualifiedName{});
    read_values<Sequence>(j, "sequences", c.sequences, ByQualifiedName{});
    read_values<Table>(j, "tables", c.tables, ByQualifiedName{});
    read_values<View>(j, "views", c.views, ByQualifiedName{});
    read_values<Index>(j, "indexes", c.indexes, ByQualifiedName{});
    read_values<Function>(j, "functions", c.functions,
                          [](const Function& f) { return function_key(f.name, f.identity_arguments); });
    read_values<Aggregate>(j, "aggregates", c.aggregates,
                           [](const Aggregate& a) { return function_key(a.name, a.identity_arguments); });
    read_values<Trigger>(j, "triggers", c.triggers, [](const Trigger& t) { return trigger_key(t.table, t.name); });
    read_values<Policy>(j, "policies", c.policies, [](const Policy& p) { return policy_key(p.table, p.name); });
    read_values<Rule>(j, "rules", c.rules, [](const Rule& r) { return rule_key(r.table, r.name); });
    read_values<EventTrigger>(j, "event_triggers", c.event_triggers, [](const EventTrigger& e) { return e.name; });
    read_values<Publication>(j, "publications", c.publications, [](const Publication& p) { return p.name; });
    read_values<ForeignDataWrapper>(j, "foreign_data_wrappers", c.foreign_data_wrappers,
                                    [](const ForeignDataWrapper& f) { return f.name; });
    read_values<ForeignServer>(j, "foreign_servers", c.foreign_servers, [](const ForeignServer& s) { return s.name; });
    read_values<UserMapping>(j, "user_mappings", c.user_mappings,
                             [](const UserMapping& u) { return user_mapping_key(u.user, u.server); });
    read_values<DefaultPrivilege>(j, "default_privileges", c.default_privileges, [](const DefaultPrivilege& d) {
        return default_privilege_key(d.role, d.schema, d.object_type);
    });
    c.unmodeled = j.value("unmodeled", std::vector<UnmodeledObject>{});
    return c;
}

namespace {

nlohmann::json sizes_to_json(const std::map<QualifiedName, long long>& sizes) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [name, bytes] : sizes) out.push_back({{"schema", name.schema}, {"name", name.name}, {"bytes", bytes}});
    return out;
}

}  // namespace

nlohmann::json snapshot_to_json(const Snapshot& s) {
    return {{"format", kFormat},
            {"format_version", kFormatVersion},
            {"server_version_major", s.server_version_major},
            {"database", s.database},
            {"current_user", s.current_user},
            {"relation_bytes", sizes_to_json(s.relation_bytes)},
            {"catalog", catalog_to_json(s.catalog)}};
}

Snapshot snapshot_from_json(const nlohmann::json& j) {
    if (!j.is_object() || j.value("format", "") != kFormat)
        throw std::runtime_error("not a pgfleet snapshot (missing \"format\": \"pgfleet-snapshot\")");
    check_json_numbers(j);
    if (j.value("format_version", 0) != kFormatVersion)
        throw std::runtime_error("unsupported snapshot format_version " +
                                 std::to_string(j.value("format_version", 0)));
    Snapshot s;
    s.server_version_major = j.value("server_version_major", 0);
    s.database = j.value("database", "");
    s.current_user = j.value("current_user", "");
    if (j.contains("relation_bytes"))
        for (const auto& r : j.at("relation_bytes"))
            s.relation_bytes[{r.at("schema").get<std::string>(), r.at("name").get<std::string>()}] =
                r.at("bytes").get<long long>();
    s.catalog = catalog_from_json(j.at("catalog"));
    std::vector<std::string> dangling = dangling_references(s.catalog);
    if (!dangling.empty())
        throw std::runtime_error("the snapshot does not hold together (edited by hand?): " + dangling.front() +
                                 (dangling.size() > 1 ? " (and " + std::to_string(dangling.size() - 1) + " more)" : ""));
    return s;
}

void write_snapshot_file(const Snapshot& snapshot, const std::string& path) {
    std::ofstream out(path);
    if (!out) throw std::runtime_error(path + ": cannot write snapshot");
    out << snapshot_to_json(snapshot).dump(1) << "\n";
    if (!out) throw std::runtime_error(path + ": cannot write snapshot");
}

Snapshot read_snapshot_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read snapshot");
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
        return snapshot_from_json(nlohmann::json::parse(buffer.str()));
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

}  // namespace pgfleet
