// libFuzzer's entry point for programs with a main of their own
// (https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library):
// runs the fuzzer with the command line and the test function given.
// Defined in libclang_rt.fuzzer, which -sanitize=fuzzer links.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*test)(const uint8_t *data, size_t size));
