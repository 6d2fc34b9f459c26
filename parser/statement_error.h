#pragma once
// Thrown by statement handlers; the interpreter turns it into a located diagnostic.
#include <stdexcept>
#include <string>

namespace pgfleet {

// `location` is a byte offset into the statement's file (-1: the statement start).
struct StatementError : std::runtime_error {
    StatementError(std::string code, const std::string& message, int location = -1)
        : std::runtime_error(message), code(std::move(code)), location(location) {}
    std::string code;
    int location;
};

}  // namespace pgfleet
