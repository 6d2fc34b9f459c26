#pragma once
// Progress of a fleet command: one live line on a terminal, plain lines otherwise.
#include <cstdio>
#include <map>
#include <mutex>
#include <string>

namespace pgfleet {

class Progress {
public:
    // `live`: rewrite one line in place (stderr is a terminal); else one line per tenant.
    Progress(std::FILE* out, bool live, std::string verb, size_t total);
    // One tenant finished with `status` ("applied", "failed", ...); `detail` may be empty.
    void done(const std::string& tenant, const std::string& status, const std::string& detail);
    // A message that must not be overwritten by the live line.
    void note(const std::string& line);
    // Ends the live line.
    void finish();

private:
    void draw(const std::string& last);
    std::FILE* out_;
    bool live_;
    std::string verb_;
    size_t total_, finished_ = 0;
    std::map<std::string, size_t> counts_;
    std::mutex mutex_;
};

// True when stderr is a terminal.
bool stderr_is_tty();

}  // namespace pgfleet
