#include "parser/interpreter.h"

#include <cctype>

#include "catalog/not_null_name.h"
#include "parser/directives.h"
#include "parser/handlers.h"
#include "parser/index_uses.h"
#include "parser/name_index_upkeep.h"
#include "parser/rename_hints.h"
#include "parser/secret_placeholders.h"
#include "parser/statement_error.h"
#include "parser/sql_text.h"
#include "parser/statement_kinds.h"
#include "parser/text_checks.h"
#include "pgast/parse.h"

namespace pgfleet {
namespace {

void add_diagnostic(ParserState& state, const SourceFile& file, Severity severity, const std::string& code,
                    const std::string& message, int offset) {
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.location = file.locate(offset);
    d.source_line = file.line_text(d.location.line);
    state.diagnostics.push_back(std::move(d));
}

void add_error(ParserState& state, const SourceFile& file, const std::string& code, const std::string& message,
               int offset) {
    add_diagnostic(state, file, Severity::Error, code, message, offset);
}

// pg_dump (15.14, 16.10, 17.6 and later) brackets its output in \restrict / \unrestrict,
// which only guard psql against a hostile server; every other meta-command is said, not run.
void report_meta_commands(ParserState& state, const SourceFile& file, const std::vector<MetaCommand>& commands) {
    for (const auto& m : commands)
        if (m.name != "restrict" && m.name != "unrestrict")
            add_diagnostic(state, file, Severity::Warning, "psql-meta-command",
                           "psql meta-command \\" + m.name + " is not run by pgfleet; ignored", m.begin);
}

// A user-facing name for a statement node type: "CreateFunctionStmt" -> "CREATE FUNCTION".
std::string statement_title(const std::string& node_type) {
    std::string base = node_type;
    if (base.size() > 4 && base.compare(base.size() - 4, 4, "Stmt") == 0) base.resize(base.size() - 4);
    if (base == "CreateStats" || base == "AlterStats") base += "istics";
    std::string out;
    for (size_t i = 0; i < base.size(); ++i) {
        char c = base[i];
        if (i > 0 && c >= 'A' && c <= 'Z') out += ' ';
        out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    }
    return out;
}

// The offset of the statement's first token: past whitespace and comments before it.
int skip_to_token(const std::string& text, int offset) {
    size_t i = static_cast<size_t>(offset);
    while (i < text.size()) {
        if (isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
        } else if (text.compare(i, 2, "--") == 0) {
            i = text.find('\n', i);
            if (i == std::string::npos) return static_cast<int>(text.size());
        } else if (text.compare(i, 2, "/*") == 0) {
            size_t end = text.find("*/", i + 2);
            if (end == std::string::npos) return offset;
            i = end + 2;
        } else {
            break;
        }
    }
    return static_cast<int>(i);
}

}  // namespace

void interpret_file(ParserState& state, const SourceFile& file) {
    // Nothing of a file that is not text is taken: the parser would stop at a NUL silently.
    if (auto problem = find_text_problem(file.text())) {
        add_error(state, file, "not-text", problem->message, problem->offset);
        return;
    }
    SqlTextScan scan = scan_sql_text(file.text());
    report_meta_commands(state, file, scan.meta_commands);
    for (const auto& p : psql_variable_problems(scan.variables)) add_error(state, file, "invalid", p.message, p.offset);
    const std::string sql = with_placeholder_literals(without_meta_commands(file.text(), scan.meta_commands), scan.variables);
    pgast::ParseOutput parsed = pgast::parse_sql(sql);
    for (const auto& err : parsed.errors) add_error(state, file, "syntax", err.message, err.offset);
    StatementExtents extents;
    for (const auto& raw : parsed.statements)
        extents.emplace_back(skip_to_token(sql, raw.offset), raw.offset + raw.length);
    for (auto& d : find_directives(file, extents)) state.directives.push_back(std::move(d));
    std::vector<HintComment> hints = find_rename_hints(file, state.diagnostics);
    start_name_index(state.catalog);
    for (const auto& raw : parsed.statements) {
        std::string type = pgast::node_type(raw.stmt);
        // Skip leading whitespace/comments so locations point at the statement's first token.
        int offset = skip_to_token(sql, raw.offset);
        StatementContext ctx(state, file, offset, raw.base);
        StatementHandler handler = find_handler(type);
        if (!handler) {
            IgnoredStatement ignored = ignored_statement(type, statement_title(type));
            ctx.warn(ignored.code, ignored.message);
            continue;
        }
        // Handlers validate before they change anything, so a failing statement leaves the
        // catalog as it was.
        try {
            const pgast::Node& body = pgast::node_body(raw.stmt);
            bool removes = may_remove_index(type, body);
            IndexUses uses = removes ? resolving_index_uses(state.catalog) : IndexUses{};
            handler(ctx, body);
            if (removes) forget_missing_index_uses(state.catalog, uses);
            // Comments before the first token belong to the statement too.
            attach_rename_hints(state, file, {raw.offset, raw.offset + raw.length}, ctx.defined(), hints);
        } catch (const StatementError& e) {
            if (e.code == "unsupported" || e.code == "not-schema") {
                std::string message = e.what();
                if (message.find("ignored") == std::string::npos) message += "; the statement is ignored";
                ctx.warn(e.code, message, e.location >= 0 ? e.location : offset);
            } else {
                add_error(state, file, e.code, e.what(), e.location >= 0 ? e.location : offset);
            }
        } catch (const std::exception& e) {
            add_error(state, file, "invalid", e.what(), offset);
        }
        update_name_index(state.catalog, type, pgast::node_body(raw.stmt));
    }
    for (const auto& p : unused_placeholder_problems(state, scan.variables))
        add_error(state, file, "invalid", p.message, p.offset);
    // Whatever changes the catalog next keeps no index up to date.
    state.catalog.name_index.index.reset();
    report_unattached_hints(state, file, hints);
    // A NOT NULL name given, copied or kept by a rename may be the default one after all.
    drop_default_not_null_names(state.catalog);
}

}  // namespace pgfleet
