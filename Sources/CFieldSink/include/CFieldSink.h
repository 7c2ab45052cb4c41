#ifndef C_FIELD_SINK_H
#define C_FIELD_SINK_H

#include <stddef.h>

/// Where libcsv's end-of-field callback puts each field: the record buffer and the field
/// ends of CSVReader's `RecordAssembler`, which owns this struct and its buffers.
typedef struct tr_field_sink {
    unsigned char *bytes;      ///< the fields of the records in progress, back to back
    size_t used;               ///< bytes used in `bytes`
    size_t byte_limit;         ///< the fast path takes a field while used + length <= this
    size_t *ends;              ///< end offset of each field in `bytes`
    size_t field_count;        ///< entries used in `ends`
    size_t field_limit;        ///< the fast path takes a field while field_count < this
    size_t max_field_bytes;    ///< the fast path takes a field no longer than this
    /// Called for a field the fast path does not take (a limit broken, a buffer to grow).
    void (*slow_field)(void *data, size_t length, struct tr_field_sink *sink);
    void *owner;               ///< the `RecordAssembler`, unretained
} tr_field_sink;

/// libcsv's end-of-field callback (`cb1`); `sink` is a `tr_field_sink *`. Copies the field
/// to the end of `bytes` and records its end, or hands it to `slow_field`.
void tr_field_sink_append(void *data, size_t length, void *sink);

#endif
