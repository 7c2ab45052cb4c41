#ifndef C_UTF8_BLOCKS_H
#define C_UTF8_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

/// Validates `bytes` as strict UTF-8 (Unicode Table 3-7: no overlong forms, no
/// surrogates, nothing above U+10FFFF) 64 bytes at a time with AVX2, and returns the
/// length of a prefix that is well-formed and ends on a character boundary. It stops
/// at the first 64-byte block holding an error and leaves the rest, including the last
/// partial block, to the caller's byte-by-byte scanner, which also locates errors.
/// Returns 0 where AVX2 is not available.
size_t tr_utf8_valid_prefix(const uint8_t *bytes, size_t count);

#endif
