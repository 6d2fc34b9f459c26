#include "pgast/parse.h"

#include <cctype>
#include <stdexcept>

#include <pg_query.h>

#include "pgast/newer_syntax.h"
#include "pgast/protobuf_reader.h"
#include "pgast/virtual_generated.h"

namespace pgfleet::pgast {
namespace {

// PostgreSQL reports error cursors as 1-based character positions; we work in bytes.
int char_position_to_byte(const std::string& text, int cursorpos) {
    int chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (++chars == cursorpos) return static_cast<int>(i);
        }
    }
    return static_cast<int>(text.size());
}

struct TreeOrError {
    Node tree;
    bool ok = false;
    SyntaxError error;
};

// The offset of the first token: past whitespace, -- comments and /* */ comments.
int first_token(const std::string& text) {
    size_t i = 0;
    while (i < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
        } else if (text.compare(i, 2, "--") == 0) {
            size_t eol = text.find('\n', i);
            i = eol == std::string::npos ? text.size() : eol + 1;
        } else if (text.compare(i, 2, "/*") == 0) {
            size_t end = text.find("*/", i + 2);
            i = end == std::string::npos ? text.size() : end + 2;
        } else {
            return static_cast<int>(i);
        }
    }
    return 0;
}

TreeOrError parse_text(const std::string& text) {
    PgQueryProtobufParseResult result = pg_query_parse_protobuf(text.c_str());
    TreeOrError out;
    if (result.error) {
        out.error.message = result.error->message ? result.error->message : "syntax error";
        out.error.offset = result.error->cursorpos > 0
                               ? char_position_to_byte(text, result.error->cursorpos)
                               : 0;
        out.error.message = explain_syntax_error(out.error.message, text, out.error.offset);
    } else {
        try {
            out.tree = decode_parse_result(reinterpret_cast<const uint8_t*>(result.parse_tree.data), result.parse_tree.len);
            out.ok = true;
        } catch (const TooDeep& e) {
            out.error.message = e.what();
            // At the statement's first token (a piece of a split script starts with what
            // ended the statement before it).
            out.error.offset = first_token(text);
        }
    }
    pg_query_free_protobuf_parse_result(result);
    return out;
}

// Text PostgreSQL 15's parser rejects may hold virtual generated columns, which it reads once
// rewritten; errors and locations then refer to the original text.
TreeOrError parse_tree(const std::string& text) {
    TreeOrError out = parse_text(text);
    if (out.ok) return out;
    auto rewritten = VirtualGenerated::rewrite(text);
    if (!rewritten) return out;
    TreeOrError again = parse_text(rewritten->text());
    if (again.ok) {
        rewritten->restore(again.tree);
        return again;
    }
    again.error.offset = rewritten->to_original(again.error.offset);
    return again;
}

void append_statements(const Node& tree, int base, int text_size, std::vector<RawStatement>& out) {
    auto it = tree.find("stmts");
    if (it == tree.end()) return;
    for (const auto& raw : *it) {
        RawStatement s;
        s.stmt = raw.value("stmt", Node::object());
        s.offset = base + raw.value("stmt_location", 0);
        s.base = base;
        int len = raw.value("stmt_len", 0);
        // stmt_len 0 means "to the end of the text".
        s.length = len > 0 ? len : text_size - raw.value("stmt_location", 0);
        out.push_back(std::move(s));
    }
}

}  // namespace

ParseOutput parse_sql(const std::string& text) {
    ParseOutput out;
    TreeOrError whole = parse_tree(text);
    if (whole.ok) {
        append_statements(whole.tree, 0, static_cast<int>(text.size()), out.statements);
        return out;
    }
    PgQuerySplitResult split = pg_query_split_with_scanner(text.c_str());
    if (split.error) {
        out.errors.push_back(whole.error);
        pg_query_free_split_result(split);
        return out;
    }
    for (int i = 0; i < split.n_stmts; ++i) {
        int loc = split.stmts[i]->stmt_location;
        int len = split.stmts[i]->stmt_len;
        std::string piece = text.substr(loc, len);
        TreeOrError one = parse_tree(piece);
        if (one.ok) {
            append_statements(one.tree, loc, static_cast<int>(piece.size()), out.statements);
        } else {
            one.error.offset += loc;
            out.errors.push_back(one.error);
        }
    }
    pg_query_free_split_result(split);
    if (out.errors.empty()) out.errors.push_back(whole.error);
    return out;
}

Node parse_statement(const std::string& text) {
    TreeOrError r = parse_tree(text);
    if (!r.ok) throw std::runtime_error(r.error.message + " in: " + text);
    const Node& stmts = r.tree.at("stmts");
    if (stmts.size() != 1) throw std::runtime_error("expected one statement in: " + text);
    return stmts[0].at("stmt");
}

Node parse_expression(const std::string& text) {
    Node stmt = parse_statement("SELECT " + text);
    return stmt.at("SelectStmt").at("targetList").at(0).at("ResTarget").at("val");
}

Node parse_type_name(const std::string& text) {
    Node expr = parse_expression("NULL::" + text);
    return expr.at("TypeCast").at("typeName");
}

}  // namespace pgfleet::pgast
