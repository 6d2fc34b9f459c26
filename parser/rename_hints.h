#pragma once
// Rename hints in desired-state files: `-- pgfleet:renamed-from old_name`, or sqldef's
// `-- @renamed from=old_name`, beside what was renamed. Inside a CREATE TABLE a hint belongs
// to the column or constraint written before it on its line; anywhere else in a statement,
// or after it on its last line, to the object the statement creates.
#include <string>
#include <utility>
#include <vector>

#include "parser/parser_state.h"
#include "parser/source_file.h"

namespace pgfleet {

struct HintComment {
    int begin = 0;
    std::string from;
};

// The hints of a file in order; one without a usable name is a located error.
std::vector<HintComment> find_rename_hints(const SourceFile& file, std::vector<Diagnostic>& diagnostics);

// Gives the hints of statement [begin, end) to what it defined (records them in the
// catalog) and takes them out of `hints`.
void attach_rename_hints(ParserState& state, const SourceFile& file, std::pair<int, int> extent,
                         const std::vector<std::pair<ObjectKey, int>>& defined, std::vector<HintComment>& hints);

// Hints left over (beside no statement that defined something) are reported, not dropped.
void report_unattached_hints(ParserState& state, const SourceFile& file, const std::vector<HintComment>& hints);

}  // namespace pgfleet
