#pragma once

#include <cstddef>
#include <cstdint>

// Every fuzz target defines this (libFuzzer's entry point). Built with -DCLIENTELE_FUZZ=ON and clang
// it runs under libFuzzer (scripts/fuzz); otherwise FuzzReplayMain.cpp drives it over the corpus and
// mutations of it, as an ordinary CTest test.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
