/// Collects the fields libcsv reports into records, and knows on which line each one
/// started.
///
/// libcsv reports no positions, so the reader feeds it one physical line at a time and
/// tells the assembler which line that is (`segmentLine`). A record starts on the line
/// of the segment in which libcsv first leaves its "row not begun" state; the reader
/// checks that after every segment, and a field ending in the same segment sets it too.
/// Completed records wait here until `csv_parse` returns, then the reader hands them on.
///
/// Its state is touched for every field of every record, from C callbacks: the hot
/// properties opt out of dynamic exclusivity checking (`@exclusivity(unchecked)`), which is
/// sound because the assembler is only ever used by the one reader that owns it.
final class RecordAssembler {
    struct Completed {
        var start: Int          // offset of the first byte in `bytes`
        var firstField: Int     // index into `fieldEnds`
        var endField: Int
        var line: Int
        var invalidBytesLine: Int?
    }

    let limits: CSVReader.Limits
    @exclusivity(unchecked) private(set) var bytes: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var byteCapacity: Int
    @exclusivity(unchecked) private(set) var used = 0
    @exclusivity(unchecked) private(set) var fieldEnds: UnsafeMutablePointer<Int>
    @exclusivity(unchecked) private var fieldCapacity: Int
    @exclusivity(unchecked) private(set) var fieldCount = 0

    /// Records completed in the current segment, in order (`completedCount` of them).
    @exclusivity(unchecked) private var completed: UnsafeMutablePointer<Completed>
    @exclusivity(unchecked) private var completedCapacity = 16
    @exclusivity(unchecked) private var completedCount = 0

    // Where the fast path of `appendField` must stop: the smaller of the buffer's capacity
    // and the record's byte cap, and of the field buffer's capacity and the record's field
    // cap; `fieldLimit` is 0 once a limit is broken, so that every later field goes the
    // slow way. Kept up to date by `refreshLimits`.
    @exclusivity(unchecked) private var byteLimit = 0
    @exclusivity(unchecked) private var fieldLimit = 0

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
        bytes = .allocate(capacity: byteCapacity)
        fieldCapacity = 64
        fieldEnds = .allocate(capacity: fieldCapacity)
        completed = .allocate(capacity: completedCapacity)
        refreshLimits()
    }

    deinit {
        bytes.deallocate()
        fieldEnds.deallocate()
        completed.deallocate()
    }

    private func refreshLimits() {
        byteLimit = min(byteCapacity, currentStart + limits.maxRecordBytes)
        fieldLimit = overflow != nil ? 0 : min(fieldCapacity, currentFirstField + limits.maxFields)
    }

    /// Number of fields of the record in progress.
    var currentFieldCount: Int { fieldCount - currentFirstField }

    /// libcsv's end-of-field callback.
    @inline(__always)
    func appendField(_ data: UnsafeRawPointer?, _ length: Int) {
        let end = used &+ length
        // One test for the record's caps and the buffers' capacities together.
        if _slowPath(fieldCount >= fieldLimit || end > byteLimit || length > limits.maxFieldBytes) {
            appendFieldSlowly(data, length)
            return
        }
        if length > 0, let data {
            Self.copy(data, to: UnsafeMutableRawPointer(bytes + used), count: length)
        }
        used = end
        fieldEnds[fieldCount] = end
        fieldCount &+= 1
    }

    /// A field the fast path cannot take: a broken limit, or a buffer to grow first.
    private func appendFieldSlowly(_ data: UnsafeRawPointer?, _ length: Int) {
        if overflow != nil || fieldCount - currentFirstField >= limits.maxFields
            || length > limits.maxFieldBytes || used - currentStart + length > limits.maxRecordBytes {
            breakLimit(data, length)
            return
        }
        if used + length > byteCapacity { growBytes(to: used + length) }
        if fieldCount == fieldCapacity { growFields() }
        refreshLimits()
        appendField(data, length)
    }

    /// Copies a field. Most fields are short: two overlapping loads and stores of 8 (or 4)
    /// bytes, never outside either buffer, beat a byte loop and a call to memmove.
    @inline(__always)
    private static func copy(_ source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) {
        if count >= 8 && count <= 16 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 && count < 8 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else if count < 4 {
            for k in 0..<count { target.storeBytes(of: source.load(fromByteOffset: k, as: UInt8.self), toByteOffset: k, as: UInt8.self) }
        } else {
            target.copyMemory(from: source, byteCount: count)
        }
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
        fieldLimit = 0
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
