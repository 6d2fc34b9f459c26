#pragma once
// Small accessors over libpg_query JSON trees, so callers read intent, not JSON plumbing.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pgfleet::pgast {

using Node = nlohmann::json;

// The node type of a wrapped node ({"A_Const": {...}} -> "A_Const"); "" for non-nodes.
std::string node_type(const Node& node);

// The body of a wrapped node ({"A_Const": {...}} -> {...}).
const Node& node_body(const Node& node);
Node& node_body(Node& node);

// True when `node` is a wrapped node of the given type.
bool is_node(const Node& node, const char* type);

// A String node's value ({"String": {"sval": "x"}} -> "x").
std::string string_value(const Node& node);

// Values of a list of String nodes (qualified names, column lists).
std::vector<std::string> string_list(const Node& list);

// A field of an object as string/int/bool, or the fallback when absent.
std::string get_string(const Node& obj, const char* key, const std::string& fallback = "");
long long get_int(const Node& obj, const char* key, long long fallback = 0);
bool get_bool(const Node& obj, const char* key);

// A list field of an object; an empty array when absent.
const Node& get_list(const Node& obj, const char* key);

// The text of an A_Const (numbers as written, booleans as true/false); "" for NULL.
std::string const_text(const Node& a_const_body);

// Removes every "location" member, recursively.
void strip_locations(Node& node);

// The first "location" member found in the tree, or -1.
int first_location(const Node& node);

}  // namespace pgfleet::pgast
