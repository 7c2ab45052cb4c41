// The block validator behind CSVReader's UTF-8 check (see CUTF8Blocks.h).
//
// The "lookup" algorithm of Keiser and Lemire ("Validating UTF-8 in less than one
// instruction per byte", 2021), as simdjson and simdutf use it, with AVX2: each byte is
// checked together with the one before it by three 16-entry table lookups (the high
// nibble of the previous byte, its low nibble, the high nibble of this byte), whose
// AND is non-zero for every ill-formed pair — too short, too long, overlong, surrogate,
// above U+10FFFF, two continuations where one is allowed — and a byte two or three after
// a three- or four-byte lead must be a continuation. Blocks of 64 bytes; the function
// stops before the first block holding an error (an error that a block's last bytes
// start is seen in the next one). Chosen at run time: without AVX2 it returns 0 and the
// byte-by-byte scanner does all the work.
#include "CUTF8Blocks.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

#define TOO_SHORT (1 << 0)      // lead or ASCII followed by lead or ASCII
#define TOO_LONG (1 << 1)       // ASCII followed by continuation
#define OVERLONG_3 (1 << 2)     // E0 80–9F
#define TOO_LARGE (1 << 3)      // F4 90–BF, F5–FF …
#define SURROGATE (1 << 4)      // ED A0–BF
#define OVERLONG_2 (1 << 5)     // C0–C1 …
#define TOO_LARGE_1000 (1 << 6) // F5–FF 80–8F
#define OVERLONG_4 (1 << 6)     // F0 80–8F
#define TWO_CONTS (-128)        // bit 7 (as a signed char): continuation followed by continuation
#define CARRY (TOO_SHORT | TOO_LONG | TWO_CONTS)

#define TABLE(...) _mm256_setr_epi8(__VA_ARGS__, __VA_ARGS__)
#define TARGET __attribute__((target("avx2")))

TARGET static inline __m256i high_nibbles(__m256i v) {
    return _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F));
}

/// The 32 bytes ending `n` bytes before the end of `input`, continuing from `previous`.
#define PREVIOUS(input, previous, n) \
    _mm256_alignr_epi8((input), _mm256_permute2x128_si256((previous), (input), 0x21), 16 - (n))

TARGET static inline __m256i check(__m256i input, __m256i previous) {
    const __m256i byte1High = TABLE(
        TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
        TWO_CONTS, TWO_CONTS, TWO_CONTS, TWO_CONTS,
        TOO_SHORT | OVERLONG_2, TOO_SHORT, TOO_SHORT | OVERLONG_3 | SURROGATE,
        TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4);
    const __m256i byte1Low = TABLE(
        CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, CARRY | OVERLONG_2, CARRY, CARRY,
        CARRY | TOO_LARGE, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE,
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000);
    const __m256i byte2High = TABLE(
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
        TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT);

    __m256i prev1 = PREVIOUS(input, previous, 1);
    __m256i special = _mm256_and_si256(
        _mm256_and_si256(_mm256_shuffle_epi8(byte1High, high_nibbles(prev1)),
                         _mm256_shuffle_epi8(byte1Low, _mm256_and_si256(prev1, _mm256_set1_epi8(0x0F)))),
        _mm256_shuffle_epi8(byte2High, high_nibbles(input)));
    // Two after E0–FF or three after F0–FF: a continuation is due (the bit TWO_CONTS allows).
    __m256i third = _mm256_subs_epu8(PREVIOUS(input, previous, 2), _mm256_set1_epi8((char)(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(PREVIOUS(input, previous, 3), _mm256_set1_epi8((char)(0xF0 - 0x80)));
    __m256i due = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8((char)0x80));
    return _mm256_xor_si256(due, special);
}

/// Non-zero when the last three bytes of `input` start a sequence they do not finish.
TARGET static inline __m256i incomplete(__m256i input) {
    const __m256i limits = _mm256_setr_epi8(
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
    return _mm256_subs_epu8(input, limits);
}

TARGET static size_t valid_prefix_avx2(const uint8_t *bytes, size_t count) {
    __m256i previous = _mm256_setzero_si256(), pending = _mm256_setzero_si256();
    size_t at = 0;
    for (; at + 64 <= count; at += 64) {
        __m256i a = _mm256_loadu_si256((const __m256i *)(bytes + at));
        __m256i b = _mm256_loadu_si256((const __m256i *)(bytes + at + 32));
        __m256i error;
        if (_mm256_movemask_epi8(_mm256_or_si256(a, b)) == 0) {
            error = pending;   // ASCII: fine unless the last block left a sequence open
            if (!_mm256_testz_si256(error, error)) break;
            // `previous` may stay: after a finished sequence its bytes demand nothing.
            continue;
        }
        error = _mm256_or_si256(check(a, previous), check(b, a));
        if (!_mm256_testz_si256(error, error)) break;
        previous = b;
        pending = incomplete(b);
    }
    // `at` ends the last block found well-formed; step back over a sequence it leaves open.
    if (at > 0 && !_mm256_testz_si256(pending, pending)) {
        while (at > 0 && (bytes[at - 1] & 0xC0) == 0x80) at -= 1;
        if (at > 0) at -= 1;
    }
    return at;
}

size_t tr_utf8_valid_prefix(const uint8_t *bytes, size_t count) {
    // A test of a flag the runtime sets at start-up: cheap next to a 64 KiB chunk, and no
    // cached state shared by the readers' threads.
    return __builtin_cpu_supports("avx2") ? valid_prefix_avx2(bytes, count) : 0;
}

#else

size_t tr_utf8_valid_prefix(const uint8_t *bytes, size_t count) {
    (void)bytes; (void)count;
    return 0;
}

#endif
