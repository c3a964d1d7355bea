#include "CFuzzDriver.h"

// libFuzzer's entry point for programs that have their own `main`
// (compiler-rt's FuzzerInterface.h). SwiftPM renames a Swift executable's
// entry point and aliases `main` to it, so an executable target cannot
// leave `main` to libFuzzer (`-parse-as-library` fails to link); its
// main.swift calls this instead.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*user_callback)(const uint8_t *data, size_t size));

int axon_fuzz_run(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size)) {
    return LLVMFuzzerRunDriver(&argc, &argv, test_one_input);
}
