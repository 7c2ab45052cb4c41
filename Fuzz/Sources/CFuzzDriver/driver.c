// SwiftPM links an executable target with `--defsym main=<target>_main` (the Swift entry
// point renamed for testability). The harness is built with -parse-as-library and has no
// Swift entry point, so this file provides `fuzz_reader_main` and `fuzz_rows_main`, which hand control to
// libFuzzer's driver exactly as libFuzzer's own `main` would. Where SwiftPM does not
// rename `main`, libFuzzer's `main` is linked instead and this function is unused.
#include "CFuzzDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int fuzz_reader_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}

// The same for the fuzz-rows executable.
int fuzz_rows_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
