#pragma once
// A desired-state file held in memory, with byte offsets mapped to line and column.
#include <string>
#include <vector>

namespace pgfleet {

// Where something is in a file; line and column are 1-based, column counts characters.
struct SourceLocation {
    std::string path;
    int line = 0;
    int column = 0;
};

class SourceFile {
public:
    SourceFile(std::string path, std::string text);
    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }
    SourceLocation locate(int offset) const;
    // The text of a 1-based line, without its newline.
    std::string line_text(int line) const;

private:
    std::string path_;
    std::string text_;
    std::vector<int> line_starts_;
};

}  // namespace pgfleet
