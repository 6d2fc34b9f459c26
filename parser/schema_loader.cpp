#include "parser/schema_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "parser/interpreter.h"

namespace pgfleet {

std::vector<std::string> desired_state_files(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec)) throw std::runtime_error(path + ": no such file or directory");
    std::vector<std::string> files;
    if (fs::is_directory(path, ec)) {
        for (const auto& entry : fs::recursive_directory_iterator(path))
            if (entry.is_regular_file() && entry.path().extension() == ".sql") files.push_back(entry.path().string());
        std::sort(files.begin(), files.end());
        if (files.empty()) throw std::runtime_error(path + ": no .sql files in directory");
    } else {
        files.push_back(path);
    }
    return files;
}

ParserState load_desired_state(const std::string& path) {
    ParserState state;
    state.catalog = empty_database_catalog();
    for (const auto& file : desired_state_files(path)) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw std::runtime_error(file + ": cannot read");
        std::stringstream buffer;
        buffer << in.rdbuf();
        interpret_file(state, SourceFile(file, buffer.str()));
    }
    return state;
}

ParserState load_desired_state_text(const std::string& text, const std::string& name) {
    ParserState state;
    state.catalog = empty_database_catalog();
    interpret_file(state, SourceFile(name, text));
    return state;
}

}  // namespace pgfleet
