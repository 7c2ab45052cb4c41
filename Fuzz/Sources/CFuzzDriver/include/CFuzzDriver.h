#include <stddef.h>
#include <stdint.h>

/// libFuzzer's `main`, for SwiftPM's renamed entry point (see driver.c).
int fuzz_reader_main(int argc, char **argv);
int fuzz_rows_main(int argc, char **argv);
