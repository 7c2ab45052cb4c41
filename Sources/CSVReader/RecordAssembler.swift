internal import CFieldSink

/// Collects the fields libcsv reports into records, and knows on which line each one
/// started.
///
/// libcsv reports no positions, so the reader feeds it one physical line at a time and
/// tells the assembler which line that is (`segmentLine`). A record starts on the line
/// of the segment in which libcsv first leaves its "row not begun" state; the reader
/// checks that after every segment, and a field ending in the same segment sets it too.
/// Completed records wait here until `csv_parse` returns, then the reader hands them on.
///
/// Its state is touched for every field of every record, from C callbacks: the field
/// callback itself is C (`tr_field_sink_append`), writing a struct the assembler owns; the
/// other hot properties opt out of dynamic exclusivity checking (`@exclusivity(unchecked)`),
/// which is sound because the assembler is only ever used by the one reader that owns it.
final class RecordAssembler {
    struct Completed {
        var start: Int          // offset of the first byte in `bytes`
        var firstField: Int     // index into `fieldEnds`
        var endField: Int
        var line: Int
        var invalidBytesLine: Int?
    }

    let limits: CSVReader.Limits
    /// The buffers and counts the field callback writes (`tr_field_sink_append`, in C: it
    /// runs for every field). The callbacks' context pointer is this struct.
    let sink: UnsafeMutablePointer<tr_field_sink>
    @exclusivity(unchecked) private var byteCapacity: Int
    @exclusivity(unchecked) private var fieldCapacity: Int

    private(set) var bytes: UnsafeMutablePointer<UInt8> {
        get { sink.pointee.bytes }
        set { sink.pointee.bytes = newValue }
    }
    private(set) var used: Int {
        get { sink.pointee.used }
        set { sink.pointee.used = newValue }
    }
    private(set) var fieldEnds: UnsafeMutablePointer<Int> {
        get { sink.pointee.ends }
        set { sink.pointee.ends = newValue }
    }
    private(set) var fieldCount: Int {
        get { sink.pointee.field_count }
        set { sink.pointee.field_count = newValue }
    }

    /// Records completed in the current segment, in order (`completedCount` of them).
    @exclusivity(unchecked) private var completed: UnsafeMutablePointer<Completed>
    @exclusivity(unchecked) private var completedCapacity = 16
    @exclusivity(unchecked) private var completedCount = 0

    // The record in progress.
    @exclusivity(unchecked) private var currentStart = 0
    @exclusivity(unchecked) private var currentFirstField = 0
    @exclusivity(unchecked) var recordStartLine: Int?
    @exclusivity(unchecked) var currentInvalidLine: Int?

    // The segment being fed.
    @exclusivity(unchecked) var segmentLine = 1
    @exclusivity(unchecked) var segmentHasInvalidBytes = false

    /// Set when a record breaks a limit; the reader stops and throws.
    @exclusivity(unchecked) var overflow: CSVReadError.Kind?
    /// Where the record breaking a limit started, and the 1-based number of the field that
    /// broke it, taken when it happened: libcsv may end the record later in the same
    /// segment, which resets the record in progress (and would misplace the error).
    private(set) var overflowLine: Int?
    private(set) var overflowColumn: Int?
    /// The first bytes of a field over the field cap, for the error's snippet.
    private(set) var overflowSnippet: [UInt8]?

    init(limits: CSVReader.Limits) {
        self.limits = limits
        byteCapacity = 4096
        fieldCapacity = 64
        sink = .allocate(capacity: 1)
        sink.initialize(to: tr_field_sink(
            bytes: .allocate(capacity: byteCapacity), used: 0, byte_limit: 0,
            ends: .allocate(capacity: fieldCapacity), field_count: 0, field_limit: 0,
            max_field_bytes: limits.maxFieldBytes,
            slow_field: { data, length, sink in
                Unmanaged<RecordAssembler>.fromOpaque(sink!.pointee.owner)._withUnsafeGuaranteedRef {
                    $0.appendFieldSlowly(data, length)
                }
            },
            owner: nil))
        completed = .allocate(capacity: completedCapacity)
        sink.pointee.owner = Unmanaged.passUnretained(self).toOpaque()
        refreshLimits()
    }

    deinit {
        bytes.deallocate()
        fieldEnds.deallocate()
        sink.deallocate()
        completed.deallocate()
    }

    /// The fast path's bounds: the smaller of the buffer's capacity and the record's byte
    /// cap, and of the field buffer's capacity and the record's field cap; the field bound is
    /// 0 once a limit is broken, so that every later field goes the slow way.
    @inline(__always)
    private func refreshLimits() {
        sink.pointee.byte_limit = min(byteCapacity, currentStart + limits.maxRecordBytes)
        sink.pointee.field_limit = overflow != nil ? 0 : min(fieldCapacity, currentFirstField + limits.maxFields)
    }

    /// Number of fields of the record in progress.
    var currentFieldCount: Int { fieldCount - currentFirstField }

    /// A field the fast path cannot take: a broken limit, or a buffer to grow first.
    fileprivate func appendFieldSlowly(_ data: UnsafeMutableRawPointer?, _ length: Int) {
        if overflow != nil || fieldCount - currentFirstField >= limits.maxFields
            || length > limits.maxFieldBytes || used - currentStart + length > limits.maxRecordBytes {
            breakLimit(data, length)
            return
        }
        if used + length > byteCapacity { growBytes(to: used + length) }
        if fieldCount == fieldCapacity { growFields() }
        refreshLimits()
        tr_field_sink_append(data, length, sink)   // the fast path takes it now
    }

    /// A field that breaks a limit (or any field after one): note the first problem.
    private func breakLimit(_ data: UnsafeRawPointer?, _ length: Int) {
        guard overflow == nil else { return }
        if fieldCount - currentFirstField >= limits.maxFields {
            setOverflow(.tooManyFields(limit: limits.maxFields))
        } else if length > limits.maxFieldBytes {
            // A field that began and ended within one segment never reached the reader's
            // check of the field in progress; the cap is enforced here too.
            setOverflow(.fieldTooLarge(limit: limits.maxFieldBytes))
            if let data {
                overflowSnippet = Array(UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: min(length, 120)))
            }
        } else {
            setOverflow(.recordTooLarge(limit: limits.maxRecordBytes))
        }
    }

    private func setOverflow(_ kind: CSVReadError.Kind) {
        overflow = kind
        sink.pointee.field_limit = 0
        overflowLine = recordStartLine ?? segmentLine
        overflowColumn = currentFieldCount + 1
    }

    /// libcsv's end-of-record callback.
    @inline(__always)
    func endRecord() {
        let line = recordStartLine ?? segmentLine
        let invalid = currentInvalidLine ?? (segmentHasInvalidBytes ? segmentLine : nil)
        if _slowPath(completedCount == completedCapacity) { growCompleted() }
        (completed + completedCount).initialize(to: Completed(start: currentStart, firstField: currentFirstField,
                                                              endField: fieldCount, line: line, invalidBytesLine: invalid))
        completedCount &+= 1
        currentStart = used
        currentFirstField = fieldCount
        recordStartLine = nil
        currentInvalidLine = nil
        refreshLimits()
    }

    /// Hands every completed record to `body`, then moves the record in progress (if
    /// any fields of it are stored) to the front of the buffers.
    func deliverCompleted(_ body: (RawRecord) throws -> Void) rethrows {
        guard completedCount > 0 else { return }
        defer { compact() }
        for record in UnsafeBufferPointer(start: completed, count: completedCount) {
            let ends = UnsafeBufferPointer(start: fieldEnds + record.firstField, count: record.endField - record.firstField)
            try body(RawRecord(line: record.line, invalidBytesLine: record.invalidBytesLine,
                               base: UnsafePointer(bytes), start: record.start, ends: ends))
        }
    }

    private func compact() {
        completedCount = 0   // `Completed` is plain data: nothing to deinitialize
        let pendingBytes = used - currentStart
        let pendingFields = fieldCount - currentFirstField
        if pendingBytes > 0 && currentStart > 0 {
            bytes.update(from: bytes + currentStart, count: pendingBytes)
        }
        for k in 0..<pendingFields {
            fieldEnds[k] = fieldEnds[currentFirstField + k] - currentStart
        }
        used = pendingBytes
        fieldCount = pendingFields
        currentStart = 0
        currentFirstField = 0
        refreshLimits()
    }

    private func growBytes(to needed: Int) {
        var capacity = byteCapacity
        while capacity < needed { capacity *= 2 }
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        fresh.update(from: bytes, count: used)
        bytes.deallocate()
        bytes = fresh
        byteCapacity = capacity
    }

    private func growCompleted() {
        let capacity = completedCapacity * 2
        let fresh = UnsafeMutablePointer<Completed>.allocate(capacity: capacity)
        fresh.moveInitialize(from: completed, count: completedCount)
        completed.deallocate()
        completed = fresh
        completedCapacity = capacity
    }

    private func growFields() {
        let capacity = fieldCapacity * 2
        let fresh = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        fresh.update(from: fieldEnds, count: fieldCount)
        fieldEnds.deallocate()
        fieldEnds = fresh
        fieldCapacity = capacity
    }
}
