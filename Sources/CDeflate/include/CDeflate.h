#ifndef CDEFLATE_H
#define CDEFLATE_H

#include <stdint.h>

/// Raw-deflates (RFC 1951, no zlib header) `length` bytes of the open file `in_fd` from
/// `offset`, at zlib `level`, appending the output to the open file `out_fd`.
///
/// When `last` is 0 the piece ends with a sync flush (an empty stored block, byte aligned, no
/// final bit), so that the output of the next piece, deflated on its own, continues the same
/// stream (how pigz deflates on several cores); when 1 the stream ends there.
///
/// On success returns 0 and sets `*crc` to the CRC-32 of the piece's input and `*written`
/// to the bytes written; otherwise returns an errno value (EIO for a zlib failure).
int tr_deflate_file_piece(int in_fd, int64_t offset, int64_t length, int level, int last,
                          int out_fd, uint32_t *crc, int64_t *written);

/// The same for `length` bytes in memory, always a whole stream.
int tr_deflate_buffer(const uint8_t *bytes, int64_t length, int level, int out_fd,
                      uint32_t *crc, int64_t *written);

/// The CRC-32 of two pieces one after the other, from their CRCs and the second's length.
uint32_t tr_crc32_combine(uint32_t first, uint32_t second, int64_t second_length);

#endif
