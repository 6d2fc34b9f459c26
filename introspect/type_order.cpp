#include "introspect/type_order.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "catalog/dependencies.h"

namespace pgfleet {

std::vector<TypeDefinition> in_creation_order(std::vector<TypeDefinition> definitions) {
    std::sort(definitions.begin(), definitions.end(),
              [](const TypeDefinition& a, const TypeDefinition& b) { return a.name < b.name; });
    std::map<QualifiedName, size_t> index;
    for (size_t i = 0; i < definitions.size(); ++i) index[definitions[i].name] = i;
    std::vector<TypeDefinition> out;
    std::vector<int> state(definitions.size(), 0);  // 0 new, 1 in progress, 2 done
    auto visit = [&](auto&& self, size_t i) -> void {
        if (state[i] == 2) return;
        if (state[i] == 1) throw std::runtime_error("types use each other in a cycle: " + definitions[i].name.name);
        state[i] = 1;
        for (const auto& text : definitions[i].type_texts) {
            auto used = referenced_type(text);
            auto it = used ? index.find(*used) : index.end();
            if (it != index.end() && it->second != i) self(self, it->second);
        }
        state[i] = 2;
        out.push_back(definitions[i]);
    };
    for (size_t i = 0; i < definitions.size(); ++i) visit(visit, i);
    return out;
}

}  // namespace pgfleet
