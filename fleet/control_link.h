#pragma once
// A worker's one session on the control database, held for the whole run: it carries the
// worker's claims and session slots (session-level advisory locks, which PostgreSQL frees
// when the worker dies and its session goes away) and its journal entries. It sits idle
// between calls; it is the only session pgfleet keeps open that does no tenant work.
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

#include "introspect/session.h"

namespace pgfleet {

// The control session broke: the worker's claims are gone, so it must stop working.
struct CoordinationLost : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class ControlLink {
public:
    explicit ControlLink(std::unique_ptr<Session> session) : session_(std::move(session)) {}
    ~ControlLink();

    // Runs `work` on the session, one caller at a time. A broken session becomes
    // CoordinationLost; SQL errors pass through as SqlError.
    template <class F>
    auto with(F&& work) -> decltype(work(std::declval<Session&>())) {
        std::lock_guard lock(mutex_);
        if (!session_) throw CoordinationLost("the control database session is closed");
        try {
            return work(*session_);
        } catch (const ConnectionError& e) {
            session_.reset();
            throw CoordinationLost(std::string("lost the control database session: ") + e.what());
        } catch (const SqlError&) {
            rollback();
            throw;
        }
    }

private:
    // Leaves a transaction a failed statement aborted, so the next call starts clean.
    void rollback();

    std::mutex mutex_;
    std::unique_ptr<Session> session_;
};

}  // namespace pgfleet
