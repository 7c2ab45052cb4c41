/// One record as libcsv delivered it: its fields as UTF-8 bytes, and where it came from.
///
/// A `RawRecord` borrows the reader's buffers: it is valid only inside the closure the
/// reader passes it to, and must not be stored. Take `String`s (or parsed values) out of
/// it instead. Fields are addressed by 0-based index.
public struct RawRecord {
    /// 1-based physical line on which the record starts (the header is line 1).
    public let line: Int
    /// The first physical line of this record holding bytes that are not valid in the
    /// file's encoding (or NUL bytes, or, in a GB18030 file, a line written in UTF-8), or
    /// nil. Such a record must be rejected, never used.
    public let invalidBytesLine: Int?
    // `@usableFromInline` so that the field accessors below inline into the callers'
    // modules: they run for every field of every row.
    @usableFromInline let base: UnsafePointer<UInt8>
    @usableFromInline let start: Int
    @usableFromInline let ends: UnsafeBufferPointer<Int>

    init(line: Int, invalidBytesLine: Int?, base: UnsafePointer<UInt8>, start: Int, ends: UnsafeBufferPointer<Int>) {
        self.line = line
        self.invalidBytesLine = invalidBytesLine
        self.base = base
        self.start = start
        self.ends = ends
    }

    /// Number of fields.
    @inlinable
    public var count: Int { ends.count }

    /// The bytes of field `index`, or an empty buffer past the last field.
    @inlinable @inline(__always)
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < ends.count else { return UnsafeBufferPointer(start: base, count: 0) }
        let from = index == 0 ? start : ends[index - 1]
        return UnsafeBufferPointer(start: base + from, count: ends[index] - from)
    }

    /// Field `index` as a `String` (invalid bytes, if any, shown as U+FFFD).
    public func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// All fields as `String`s.
    public var strings: [String] {
        (0..<count).map(string)
    }
}
