// The journal as JSON lines in a local file.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "fleet/journal.h"

namespace pgfleet {
namespace {

class FileJournal : public Journal {
public:
    explicit FileJournal(std::string path) : path_(std::move(path)) {
        std::filesystem::path p(path_);
        if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
        end_torn_line();
    }

    void record(JournalEntry e) override {
        e.at = utc_now();
        nlohmann::json j = {{"at", e.at},
                            {"cluster", e.tenant.cluster},
                            {"database", e.tenant.database},
                            {"target", e.target},
                            {"state", state_name(e.state)},
                            {"detail", e.detail}};
        if (!e.run.empty()) j["run"] = e.run;
        if (!e.worker.empty()) j["worker"] = e.worker;
        if (e.wave >= 0) j["wave"] = e.wave;
        if (e.seconds >= 0) j["seconds"] = e.seconds;
        if (e.statements >= 0) j["statements"] = e.statements;
        std::string line = j.dump() + "\n";
        std::lock_guard lock(mutex_);
        std::FILE* f = std::fopen(path_.c_str(), "a");
        if (!f) throw std::runtime_error(path_ + ": cannot open the journal");
        bool ok = std::fwrite(line.data(), 1, line.size(), f) == line.size() && std::fflush(f) == 0 &&
                  fsync(fileno(f)) == 0;
        std::fclose(f);
        if (!ok) throw std::runtime_error(path_ + ": cannot write the journal");
    }

    std::vector<JournalEntry> load() override {
        std::lock_guard lock(mutex_);
        std::vector<JournalEntry> out;
        std::ifstream in(path_);
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty()) continue;
            try {
                auto j = nlohmann::json::parse(line);
                JournalEntry e{{j.at("cluster").get<std::string>(), j.at("database").get<std::string>()},
                               j.at("target").get<std::string>(),
                               state_from(j.at("state").get<std::string>()),
                               j.value("detail", ""),
                               j.value("at", "")};
                e.run = j.value("run", "");
                e.worker = j.value("worker", "");
                e.wave = j.value("wave", -1);
                e.seconds = j.value("seconds", -1.0);
                e.statements = j.value("statements", -1LL);
                out.push_back(std::move(e));
            } catch (const std::exception&) {
                // A line cut short by a crash: the tenant is simply not finished.
            }
        }
        return out;
    }

private:
    // A crash mid-write leaves a line without its newline; new entries start on a fresh line.
    void end_torn_line() {
        std::FILE* f = std::fopen(path_.c_str(), "rb");
        if (!f) return;
        bool torn = std::fseek(f, -1, SEEK_END) == 0 && std::fgetc(f) != '\n';
        std::fclose(f);
        if (!torn) return;
        if (std::FILE* a = std::fopen(path_.c_str(), "a")) {
            std::fputc('\n', a);
            std::fclose(a);
        }
    }

    std::string path_;
    std::mutex mutex_;
};

}  // namespace

std::unique_ptr<Journal> open_file_journal(const std::string& path) { return std::make_unique<FileJournal>(path); }

}  // namespace pgfleet
