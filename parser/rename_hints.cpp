#include "parser/rename_hints.h"

#include <cctype>

#include "parser/directives.h"

namespace pgfleet {
namespace {

Diagnostic error_at(const SourceFile& file, int offset, const std::string& message,
                    Severity severity = Severity::Error) {
    Diagnostic d;
    d.severity = severity;
    d.code = "rename-hint";
    d.message = message;
    d.location = file.locate(offset);
    d.source_line = file.line_text(d.location.line);
    return d;
}

// An identifier as SQL reads it: "Quoted" kept as written, bare folded to lower case.
std::string read_identifier(const std::string& text, size_t at) {
    while (at < text.size() && isspace(static_cast<unsigned char>(text[at]))) ++at;
    std::string out;
    if (at < text.size() && text[at] == '"') {
        for (size_t i = at + 1; i < text.size(); ++i) {
            if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') out += '"', ++i;
            else if (text[i] == '"') return out;
            else out += text[i];
        }
        return "";
    }
    for (size_t i = at; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (!(isalnum(c) || c == '_' || c == '$' || c >= 0x80)) break;
        out += static_cast<char>(tolower(c));
    }
    return out;
}

bool is_part(ObjectKind k) { return k == ObjectKind::Column || k == ObjectKind::Constraint; }

// The object a statement is about: its relation, index, type, routine or schema before any
// sequence it makes on the side.
const std::pair<ObjectKey, int>* main_object(const std::vector<std::pair<ObjectKey, int>>& defined) {
    static const ObjectKind order[] = {ObjectKind::Table, ObjectKind::View, ObjectKind::Index, ObjectKind::Type,
                                       ObjectKind::Function, ObjectKind::Collation, ObjectKind::Schema,
                                       ObjectKind::Sequence};
    for (ObjectKind kind : order)
        for (const auto& d : defined)
            if (d.first.kind == kind) return &d;
    for (const auto& d : defined)
        if (!is_part(d.first.kind)) return &d;
    return nullptr;
}

}  // namespace

std::vector<HintComment> find_rename_hints(const SourceFile& file, std::vector<Diagnostic>& diagnostics) {
    std::vector<HintComment> out;
    for (const auto& c : sql_comments(file.text())) {
        size_t at = c.body.find("pgfleet:renamed-from");
        size_t name_at = std::string::npos;
        if (at != std::string::npos) name_at = at + std::string("pgfleet:renamed-from").size();
        else if ((at = c.body.find("@renamed")) != std::string::npos) {
            size_t eq = c.body.find("from=", at);
            if (eq != std::string::npos) name_at = eq + 5;
        }
        if (at == std::string::npos) continue;
        std::string from = name_at == std::string::npos ? "" : read_identifier(c.body, name_at);
        if (from.empty()) {
            diagnostics.push_back(error_at(file, c.begin, "a rename hint names no old name; write `-- pgfleet:renamed-from old_name`"));
            continue;
        }
        out.push_back({c.begin, from});
    }
    return out;
}

void attach_rename_hints(ParserState& state, const SourceFile& file, std::pair<int, int> extent,
                         const std::vector<std::pair<ObjectKey, int>>& defined, std::vector<HintComment>& hints) {
    const std::string& text = file.text();
    for (auto it = hints.begin(); it != hints.end();) {
        bool inside = it->begin >= extent.first && it->begin < extent.second;
        bool trailing = it->begin >= extent.second && !starts_its_line(text, it->begin) &&
                        file.locate(extent.second).line == file.locate(it->begin).line;
        if (!inside && !trailing) {
            ++it;
            continue;
        }
        const auto* main = main_object(defined);
        const std::pair<ObjectKey, int>* target = main;
        // Inside the statement: the last column or constraint written before the hint.
        if (inside && main)
            for (const auto& d : defined)
                if (is_part(d.first.kind) && d.second > main->second && d.second < it->begin &&
                    (target == main || d.second > target->second ||
                     (d.second == target->second && d.first.kind == ObjectKind::Column)))
                    target = &d;
        if (!target) {
            state.diagnostics.push_back(error_at(file, it->begin, "a rename hint must stand beside a CREATE statement"));
        } else {
            state.catalog.renamed_from.push_back({target->first, it->from});
        }
        it = hints.erase(it);
    }
}

void report_unattached_hints(ParserState& state, const SourceFile& file, const std::vector<HintComment>& hints) {
    for (const auto& h : hints)
        state.diagnostics.push_back(error_at(file, h.begin,
                                             "rename hint from " + h.from +
                                                 " stands beside no statement that creates an object; it is ignored",
                                             Severity::Warning));
}

}  // namespace pgfleet
