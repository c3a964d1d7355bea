#ifndef AXON_FUZZ_DRIVER_H
#define AXON_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer (with the command line's flags) on `test_one_input`, as
/// libFuzzer's own `main` would, and returns its exit status.
int axon_fuzz_run(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size));

#endif
