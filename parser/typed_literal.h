#pragma once
// A literal's text the way the server keeps a value of a given type, for the types whose
// output differs from common input spellings. Both sides of a comparison go through it.
#include <optional>
#include <string>

namespace pgfleet {

// `type` is the type's SQL name as type_names resolves it ("money", "date",
// "timestamp with time zone", ...). nullopt when the type or the text is not one handled.
std::optional<std::string> normalize_typed_literal(const std::string& type, const std::string& text);

// For a literal compared with an expression of unknown type: date/time spellings only.
std::optional<std::string> normalize_untyped_literal(const std::string& text);

}  // namespace pgfleet
