// Fleet configuration files (pgfleet.yaml): every problem is a located ConfigError.
#include <cstdint>

#include "fleet/config.h"
#include "fuzz/fuzz_outcome.h"

using namespace pgfleet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz::run_stage("config", [&] { (void)parse_fleet_config(fuzz::as_text(data, size), "fuzz/pgfleet.yaml"); });
    return 0;
}
