#include "catalog/snapshot.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

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

template <class T, class KeyFn>
void read_values(const nlohmann::json& j, const char* field, std::map<decltype(KeyFn{}(T{})), T>& map,
                 KeyFn key) {
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
    return {{"schemas", values_of(c.schemas)},       {"extensions", values_of(c.extensions)},
            {"enums", values_of(c.enums)},           {"sequences", values_of(c.sequences)},
            {"tables", values_of(c.tables)},         {"indexes", values_of(c.indexes)},
            {"unmodeled", c.unmodeled}};
}

Catalog catalog_from_json(const nlohmann::json& j) {
    Catalog c;
    for (const auto& s : j.value("schemas", nlohmann::json::array())) {
        auto v = s.get<Schema>();
        c.schemas.emplace(v.name, v);
    }
    for (const auto& s : j.value("extensions", nlohmann::json::array())) {
        auto v = s.get<Extension>();
        c.extensions.emplace(v.name, v);
    }
    read_values<EnumType>(j, "enums", c.enums, ByQualifiedName{});
    read_values<Sequence>(j, "sequences", c.sequences, ByQualifiedName{});
    read_values<Table>(j, "tables", c.tables, ByQualifiedName{});
    read_values<Index>(j, "indexes", c.indexes, ByQualifiedName{});
    c.unmodeled = j.value("unmodeled", std::vector<UnmodeledObject>{});
    return c;
}

nlohmann::json snapshot_to_json(const Snapshot& s) {
    return {{"format", kFormat},
            {"format_version", kFormatVersion},
            {"server_version_major", s.server_version_major},
            {"database", s.database},
            {"catalog", catalog_to_json(s.catalog)}};
}

Snapshot snapshot_from_json(const nlohmann::json& j) {
    if (!j.is_object() || j.value("format", "") != kFormat)
        throw std::runtime_error("not a pgfleet snapshot (missing \"format\": \"pgfleet-snapshot\")");
    if (j.value("format_version", 0) != kFormatVersion)
        throw std::runtime_error("unsupported snapshot format_version " +
                                 std::to_string(j.value("format_version", 0)));
    Snapshot s;
    s.server_version_major = j.value("server_version_major", 0);
    s.database = j.value("database", "");
    s.catalog = catalog_from_json(j.at("catalog"));
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
