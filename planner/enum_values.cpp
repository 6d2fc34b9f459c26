#include "planner/enum_values.h"

namespace pgfleet {
std::string added_enum_label(const Statement& s) {
    if (s.object.kind != ObjectKind::Type || s.sql.rfind("ALTER TYPE ", 0) != 0) return "";
    size_t at = s.sql.find(" ADD VALUE '");
    if (at == std::string::npos) return "";
    size_t begin = at + 11, end = begin + 1;
    // A quote inside a label is doubled: skip '' pairs.
    while (end < s.sql.size()) {
        if (s.sql[end] == '\'' && end + 1 < s.sql.size() && s.sql[end + 1] == '\'') end += 2;
        else if (s.sql[end] == '\'') break;
        else ++end;
    }
    return s.sql.substr(begin, end - begin + 1);
}

void place_enum_additions(Plan& plan) {
    auto& st = plan.statements;
    for (size_t i = 0; i < st.size(); ++i) {
        std::string label = added_enum_label(st[i]);
        if (label.empty()) continue;
        // Any later mention of the literal counts as a use: a false alarm only costs atomicity.
        bool used_later = false;
        for (size_t k = i + 1; k < st.size() && !used_later; ++k) used_later = st[k].sql.find(label) != std::string::npos;
        st[i].transactional = !used_later;
    }
}

}  // namespace pgfleet
