#pragma once
// A run with one worker: claims and wave progress in memory, the journal of the
// configuration (a file, or a table) for resuming later.
#include <memory>

#include "fleet/journal.h"
#include "fleet/run_coordinator.h"

namespace pgfleet {

// Reads the journal once (unless `restart`): tenants it says are finished for their target
// are done_earlier. Throws when the journal cannot be read.
std::unique_ptr<RunCoordinator> make_local_coordinator(const RunLayout& layout, Journal& journal, bool restart);

}  // namespace pgfleet
