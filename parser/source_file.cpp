#include "parser/source_file.h"

#include <algorithm>

#include "parser/text_checks.h"

namespace pgfleet {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
    // psql skips a byte order mark; so does the desired state, and columns count from after it.
    strip_byte_order_mark(text_);
    line_starts_.push_back(0);
    for (size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(static_cast<int>(i) + 1);
}

SourceLocation SourceFile::locate(int offset) const {
    offset = std::clamp(offset, 0, static_cast<int>(text_.size()));
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    int line = static_cast<int>(it - line_starts_.begin());
    int start = line_starts_[line - 1];
    int column = 1;
    for (int i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    return {path_, line, column};
}

std::string SourceFile::line_text(int line) const {
    if (line < 1 || line > static_cast<int>(line_starts_.size())) return "";
    int start = line_starts_[line - 1];
    int end = line < static_cast<int>(line_starts_.size()) ? line_starts_[line] - 1 : static_cast<int>(text_.size());
    std::string out = text_.substr(start, end - start);
    if (!out.empty() && out.back() == '\r') out.pop_back();
    return mask_secret_literals(printable_line(out));
}

}  // namespace pgfleet
