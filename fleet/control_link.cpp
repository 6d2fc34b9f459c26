#include "fleet/control_link.h"

namespace pgfleet {

ControlLink::~ControlLink() {
    std::lock_guard lock(mutex_);
    // Closing releases every claim and slot this worker still holds.
    if (session_) session_->close_and_wait();
}

void ControlLink::rollback() {
    try {
        session_->execute("ROLLBACK");
    } catch (const std::exception&) {
        // Outside a transaction ROLLBACK only warns; a broken session shows on the next call.
    }
}

}  // namespace pgfleet
