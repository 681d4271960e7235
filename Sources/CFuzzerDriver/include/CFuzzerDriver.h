#ifndef GONGWEN_CFUZZERDRIVER_H
#define GONGWEN_CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's driver (LLVM 12 and later), for a program that has a main of its own: SwiftPM gives
   every executable target one. Only referenced when built with -sanitize=fuzzer. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
