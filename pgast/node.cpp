#include "pgast/node.h"

namespace pgfleet::pgast {
namespace {
const Node kEmptyArray = Node::array();
const Node kEmptyObject = Node::object();
}  // namespace

std::string node_type(const Node& node) {
    if (!node.is_object() || node.size() != 1) return "";
    return node.begin().key();
}

const Node& node_body(const Node& node) {
    if (!node.is_object() || node.size() != 1) return kEmptyObject;
    return node.begin().value();
}

Node& node_body(Node& node) { return node.begin().value(); }

bool is_node(const Node& node, const char* type) {
    return node.is_object() && node.size() == 1 && node.contains(type);
}

std::string string_value(const Node& node) {
    if (is_node(node, "String")) return node["String"].value("sval", "");
    return "";
}

std::vector<std::string> string_list(const Node& list) {
    std::vector<std::string> out;
    if (!list.is_array()) return out;
    for (const auto& item : list) out.push_back(string_value(item));
    return out;
}

std::string get_string(const Node& obj, const char* key, const std::string& fallback) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return fallback;
    return it->get<std::string>();
}

long long get_int(const Node& obj, const char* key, long long fallback) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number()) return fallback;
    return it->get<long long>();
}

bool get_bool(const Node& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_boolean() && it->get<bool>();
}

const Node& get_list(const Node& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array()) return kEmptyArray;
    return *it;
}

std::string const_text(const Node& c) {
    if (c.contains("ival")) return std::to_string(c["ival"].value("ival", 0LL));
    if (c.contains("fval")) return c["fval"].value("fval", "");
    if (c.contains("sval")) return c["sval"].value("sval", "");
    if (c.contains("boolval")) return c["boolval"].value("boolval", false) ? "true" : "false";
    if (c.contains("bsval")) return c["bsval"].value("bsval", "");
    return "";
}

void strip_locations(Node& node) {
    if (node.is_object()) {
        node.erase("location");
        for (auto& [k, v] : node.items()) strip_locations(v);
    } else if (node.is_array()) {
        for (auto& v : node) strip_locations(v);
    }
}

int first_location(const Node& node) {
    if (node.is_object()) {
        auto it = node.find("location");
        if (it != node.end() && it->is_number() && it->get<int>() >= 0) return it->get<int>();
        for (const auto& [k, v] : node.items()) {
            int l = first_location(v);
            if (l >= 0) return l;
        }
    } else if (node.is_array()) {
        for (const auto& v : node) {
            int l = first_location(v);
            if (l >= 0) return l;
        }
    }
    return -1;
}

}  // namespace pgfleet::pgast
