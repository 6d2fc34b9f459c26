#pragma once
// What a reader may do with bad input: throw the error it documents (std::runtime_error and
// its kind: located, user-facing). Anything else (a library's logic_error from stoi, a JSON
// type error, a crash) is a defect the fuzzer reports by aborting.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <string>

namespace pgfleet::fuzz {

[[noreturn]] inline void defect(const char* stage, const std::exception& e) {
    std::fprintf(stderr, "defect in %s: %s\n", stage, e.what());
    std::abort();
}

// Runs `step`; a documented error ends the input quietly, anything else aborts.
template <typename Step>
bool run_stage(const char* stage, Step&& step) {
    try {
        step();
        return true;
    } catch (const std::runtime_error&) {
        return false;
    } catch (const std::exception& e) {
        defect(stage, e);
    }
}

inline std::string as_text(const uint8_t* data, size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace pgfleet::fuzz
