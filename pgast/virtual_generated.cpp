#include "pgast/virtual_generated.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

namespace pgfleet::pgast {
namespace {

constexpr const char* kStored = " STORED";
constexpr int kStoredSize = 7;

struct Token {
    int start;
    int end;
    PgQuery__Token kind;
};

// The text's tokens without comments; empty when the scanner fails.
std::vector<Token> scan(const std::string& text) {
    std::vector<Token> out;
    PgQueryScanResult result = pg_query_scan(text.c_str());
    if (!result.error) {
        PgQuery__ScanResult* scanned = pg_query__scan_result__unpack(
            nullptr, result.pbuf.len, reinterpret_cast<const uint8_t*>(result.pbuf.data));
        for (size_t i = 0; scanned && i < scanned->n_tokens; ++i) {
            const PgQuery__ScanToken* t = scanned->tokens[i];
            if (t->token == PG_QUERY__TOKEN__SQL_COMMENT || t->token == PG_QUERY__TOKEN__C_COMMENT) continue;
            out.push_back({t->start, t->end, t->token});
        }
        if (scanned) pg_query__scan_result__free_unpacked(scanned, nullptr);
    }
    pg_query_free_scan_result(result);
    return out;
}

bool is_word(const std::string& text, const Token& t, const char* word) {
    std::string s = text.substr(t.start, t.end - t.start);
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return t.kind == PG_QUERY__TOKEN__IDENT && s == word;
}

// The index of the ')' closing the '(' at `open`, or tokens.size().
size_t closing_paren(const std::vector<Token>& tokens, size_t open) {
    int depth = 0;
    for (size_t i = open; i < tokens.size(); ++i) {
        if (tokens[i].kind == PG_QUERY__TOKEN__ASCII_40) ++depth;
        if (tokens[i].kind == PG_QUERY__TOKEN__ASCII_41 && --depth == 0) return i;
    }
    return tokens.size();
}

}  // namespace

std::optional<VirtualGenerated> VirtualGenerated::rewrite(const std::string& text) {
    // The scan is paid only by text that may hold one.
    static const std::string kWord = "generated";
    auto has_word = std::search(text.begin(), text.end(), kWord.begin(), kWord.end(),
                                [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    if (has_word == text.end()) return std::nullopt;
    std::vector<Token> tokens = scan(text);
    VirtualGenerated out;
    size_t copied = 0;
    int shift = 0;
    for (size_t i = 0; i + 3 < tokens.size(); ++i) {
        if (tokens[i].kind != PG_QUERY__TOKEN__GENERATED || tokens[i + 1].kind != PG_QUERY__TOKEN__ALWAYS ||
            tokens[i + 2].kind != PG_QUERY__TOKEN__AS || tokens[i + 3].kind != PG_QUERY__TOKEN__ASCII_40)
            continue;
        size_t close = closing_paren(tokens, i + 3);
        if (close == tokens.size()) break;
        size_t next = close + 1;
        if (next < tokens.size() && tokens[next].kind == PG_QUERY__TOKEN__STORED) continue;
        out.constraint_offsets_.push_back(tokens[i].start + shift);
        // A named column constraint is located at its CONSTRAINT keyword.
        if (i >= 2 && tokens[i - 2].kind == PG_QUERY__TOKEN__CONSTRAINT)
            out.constraint_offsets_.push_back(tokens[i - 2].start + shift);
        if (next < tokens.size() && is_word(text, tokens[next], "virtual")) {
            out.text_ += text.substr(copied, tokens[next].start - copied) + "STORED ";
            copied = tokens[next].end;
        } else {
            size_t at = tokens[close].end;
            out.text_ += text.substr(copied, at - copied) + kStored;
            copied = at;
            out.insertions_.push_back(static_cast<int>(at) + shift);
            shift += kStoredSize;
        }
        i = close;
    }
    if (out.constraint_offsets_.empty()) return std::nullopt;
    out.text_ += text.substr(copied);
    return out;
}

int VirtualGenerated::to_original(int offset) const {
    int back = 0;
    for (int at : insertions_) {
        if (offset >= at + kStoredSize) back += kStoredSize;
        else if (offset >= at) return at - back;
    }
    return offset - back;
}

void VirtualGenerated::restore(nlohmann::json& parse_result) const {
    std::function<void(nlohmann::json&)> visit = [&](nlohmann::json& node) {
        if (node.is_array()) {
            for (auto& item : node) visit(item);
            return;
        }
        if (!node.is_object()) return;
        if (node.value("contype", "") == "CONSTR_GENERATED") {
            int at = node.value("location", -1);
            if (std::find(constraint_offsets_.begin(), constraint_offsets_.end(), at) != constraint_offsets_.end())
                node["generated_kind"] = "v";
        }
        for (auto& [key, value] : node.items()) {
            if (key == "location" && value.is_number_integer()) {
                if (value.get<int>() >= 0) value = to_original(value.get<int>());
            } else {
                visit(value);
            }
        }
    };
    auto stmts = parse_result.find("stmts");
    if (stmts == parse_result.end()) return;
    for (auto& raw : *stmts) {
        int location = raw.value("stmt_location", 0);
        int length = raw.value("stmt_len", 0);
        if (raw.contains("stmt_location")) raw["stmt_location"] = to_original(location);
        // stmt_len 0 means "to the end of the text", which stays so.
        if (length > 0) raw["stmt_len"] = to_original(location + length) - to_original(location);
        if (raw.contains("stmt")) visit(raw["stmt"]);
    }
}

}  // namespace pgfleet::pgast
