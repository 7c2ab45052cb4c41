#include "CDeflate.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

enum { CHUNK = 256 * 1024 };

static int write_all(int fd, const unsigned char *bytes, size_t count) {
    while (count > 0) {
        ssize_t done = write(fd, bytes, count);
        if (done < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        bytes += done;
        count -= (size_t)done;
    }
    return 0;
}

/// Feeds `count` bytes to the stream with `flush`, writing all the output.
static int pump(z_stream *stream, const unsigned char *input, size_t count, int flush,
                unsigned char *out, int out_fd, int64_t *written) {
    stream->next_in = (unsigned char *)input;
    stream->avail_in = (uInt)count;
    do {
        stream->next_out = out;
        stream->avail_out = CHUNK;
        int status = deflate(stream, flush);
        if (status == Z_STREAM_ERROR) return EIO;
        size_t produced = CHUNK - stream->avail_out;
        int error = write_all(out_fd, out, produced);
        if (error) return error;
        *written += (int64_t)produced;
    } while (stream->avail_out == 0);
    return stream->avail_in == 0 ? 0 : EIO;
}

static int begin(z_stream *stream, int level) {
    memset(stream, 0, sizeof *stream);
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK ? 0 : EIO;
}

int tr_deflate_file_piece(int in_fd, int64_t offset, int64_t length, int level, int last,
                          int out_fd, uint32_t *crc, int64_t *written) {
    z_stream stream;
    if (begin(&stream, level)) return EIO;
    unsigned char *in = malloc(CHUNK), *out = malloc(CHUNK);
    int error = (in && out) ? 0 : ENOMEM;
    uLong sum = crc32(0L, Z_NULL, 0);
    *written = 0;
    int64_t done = 0;
    while (!error && done < length) {
        size_t want = (size_t)(length - done < CHUNK ? length - done : CHUNK);
        ssize_t got = pread(in_fd, in, want, (off_t)(offset + done));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) { error = got < 0 ? errno : EIO; break; }
        sum = crc32(sum, in, (uInt)got);
        done += got;
        error = pump(&stream, in, (size_t)got, Z_NO_FLUSH, out, out_fd, written);
    }
    if (!error) error = pump(&stream, NULL, 0, last ? Z_FINISH : Z_SYNC_FLUSH, out, out_fd, written);
    deflateEnd(&stream);
    free(in);
    free(out);
    *crc = (uint32_t)sum;
    return error;
}

int tr_deflate_buffer(const uint8_t *bytes, int64_t length, int level, int out_fd,
                      uint32_t *crc, int64_t *written) {
    z_stream stream;
    if (begin(&stream, level)) return EIO;
    unsigned char *out = malloc(CHUNK);
    int error = out ? 0 : ENOMEM;
    *written = 0;
    int64_t done = 0;
    while (!error && done < length) {
        size_t piece = (size_t)(length - done < CHUNK ? length - done : CHUNK);
        error = pump(&stream, bytes + done, piece, Z_NO_FLUSH, out, out_fd, written);
        done += (int64_t)piece;
    }
    if (!error) error = pump(&stream, NULL, 0, Z_FINISH, out, out_fd, written);
    deflateEnd(&stream);
    free(out);
    *crc = (uint32_t)crc32(crc32(0L, Z_NULL, 0), length ? bytes : Z_NULL, (uInt)length);
    return error;
}

uint32_t tr_crc32_combine(uint32_t first, uint32_t second, int64_t second_length) {
    return (uint32_t)crc32_combine(first, second, (z_off_t)second_length);   // z_off_t is 64-bit on LP64
}
