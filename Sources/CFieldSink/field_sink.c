// libcsv's end-of-field callback, in C because it runs for every field of every record
// (thirty million times for a two-million-ticket export): a call from libcsv into a Swift
// closure goes through two thunks that cost about as much as the work itself.
#include <stdint.h>
#include <string.h>
#include "CFieldSink.h"

void tr_field_sink_append(void *data, size_t length, void *context) {
    tr_field_sink *sink = context;
    size_t end = sink->used + length;
    if (__builtin_expect(sink->field_count >= sink->field_limit || end > sink->byte_limit
                         || length > sink->max_field_bytes, 0)) {
        sink->slow_field(data, length, sink);
        return;
    }
    unsigned char *target = sink->bytes + sink->used;
    const unsigned char *source = data;
    // Most fields are short: two overlapping fixed-size copies beat a call to memcpy.
    if (length >= 8 && length <= 16) {
        uint64_t head, tail;
        memcpy(&head, source, 8);
        memcpy(&tail, source + length - 8, 8);
        memcpy(target, &head, 8);
        memcpy(target + length - 8, &tail, 8);
    } else if (length >= 4 && length < 8) {
        uint32_t head, tail;
        memcpy(&head, source, 4);
        memcpy(&tail, source + length - 4, 4);
        memcpy(target, &head, 4);
        memcpy(target + length - 4, &tail, 4);
    } else if (length > 0) {
        memcpy(target, source, length);
    }
    sink->used = end;
    sink->ends[sink->field_count++] = end;
}
