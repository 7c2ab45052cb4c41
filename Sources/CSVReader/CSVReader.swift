import Glibc

/// Streams the records of one CSV file through libcsv, in fixed-size chunks.
///
/// The reader detects the encoding (see `InputDecoder`), converts to UTF-8, counts
/// physical lines itself (libcsv reports none) by feeding libcsv one line at a time,
/// and enforces limits on field size, record size and field count, so that a stray
/// quote cannot swallow a large file into one field: it becomes a `CSVReadError` at
/// the line where the quote opened.
///
/// Line breaks are LF and CRLF. Blank lines produce no record (libcsv skips them).
/// A bare CR also ends a record, but does not advance the line count: classic-Mac
/// files are not something the office's systems write.
///
/// ```swift
/// let reader = CSVReader(path: "deliveries.csv")
/// try reader.forEachRecord { record in print(record.line, record.strings) }
/// ```
public final class CSVReader {
    /// Caps that turn runaway input into an error instead of unbounded memory.
    public struct Limits: Sendable {
        public var maxFieldBytes = 1 << 20
        public var maxRecordBytes = 4 << 20
        public var maxFields = 1_000
        public init() {}
    }

    /// How to read: chunk size, caps, space handling and which part of the file.
    public struct Options: Sendable {
        /// Bytes read per `read(2)`.
        public var chunkSize = 64 * 1024
        /// Caps on field size, record size and field count.
        public var limits = Limits()
        /// Keep spaces and tabs around unquoted fields (as Python's `csv` does); by
        /// default libcsv trims them.
        public var preserveSpaces = false
        /// Read only this part of the file (see `FilePart`); nil: the whole file.
        public var part: FilePart?
        public init() {}
    }

    /// The name used in errors (usually the path as given).
    public let name: String
    public let options: Options
    private let source: ByteSource

    /// The detected encoding; meaningful once reading has started.
    public private(set) var encoding: SourceEncoding = .utf8
    /// Raw bytes read from the source so far.
    public private(set) var bytesRead = 0
    /// False when a part (not the last) ended inside a record: the split point was not a
    /// record boundary after all, and the file must be read in one piece.
    public private(set) var endedOnRecordBoundary = true

    public init(path: String, name: String? = nil, options: Options = Options()) {
        self.source = .file(path: path)
        self.name = name ?? path
        self.options = options
    }

    public init(bytes: [UInt8], name: String, options: Options = Options()) {
        self.source = .memory(bytes)
        self.name = name
        self.options = options
    }

    /// Reads the whole input, calling `body` for each record in file order.
    ///
    /// - Parameter onChunk: sees every raw chunk exactly as read (for hashing).
    /// - Throws: `CSVReadError` for input that cannot be read as CSV; whatever
    ///   `body` throws, which stops reading.
    public func forEachRecord(onChunk: ((UnsafeRawBufferPointer) -> Void)? = nil,
                              _ body: (RawRecord) throws -> Void) throws {
        let chunkSize = max(16, options.chunkSize)
        let handle = try ByteSource.Handle(source, name: name)
        let assembler = RecordAssembler(limits: options.limits)
        let parser = LibCSVParser(assembler: assembler, preserveSpaces: options.preserveSpaces)
        let part = options.part
        let decoder = try part?.encoding.map { encoding throws(CSVReadError) in
            try InputDecoder(maxChunk: chunkSize + Self.headroom, file: name, decided: encoding)
        } ?? InputDecoder(maxChunk: chunkSize + Self.headroom, file: name)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.headroom + chunkSize)
        defer { buffer.deallocate() }
        var state = FeedState(line: part?.firstLine ?? 1)
        var carried = 0
        var remaining = part?.range.count ?? Int.max
        if let part { try handle.seek(to: part.range.lowerBound) }

        while true {
            let want = min(chunkSize, remaining)
            let n = try handle.read(into: buffer + Self.headroom, capacity: want)
            remaining -= n
            let isFinal = n < want || remaining == 0
            if n > 0 {
                bytesRead += n
                onChunk?(UnsafeRawBufferPointer(start: buffer + Self.headroom, count: n))
            }
            let start = buffer + Self.headroom - carried
            let total = carried + n
            let decoded = try decoder.decode(start, count: total, isFinal: isFinal)
            encoding = decoder.encoding
            try feed(decoded, parser: parser, assembler: assembler, state: &state, body)
            let leftover = total - decoded.consumed
            precondition(leftover <= Self.headroom, "decoder carried more than its window")
            if leftover > 0 {
                (buffer + Self.headroom - leftover).update(from: start + decoded.consumed, count: leftover)
            }
            carried = leftover
            if isFinal { break }
        }

        if let part, !part.isLast {
            // A part's end is the next part's start: nothing may be left pending there.
            endedOnRecordBoundary = !parser.isInsideRecord
            return
        }
        if parser.isInsideQuotedField {
            throw CSVReadError(.unclosedQuote, file: name, line: assembler.recordStartLine ?? state.line,
                               column: assembler.currentFieldCount + 1,
                               snippet: Self.snippet(parser.pendingFieldPrefix(120)))
        }
        assembler.segmentLine = state.line
        assembler.segmentHasInvalidBytes = false
        parser.finish()
        try checkOverflow(assembler, line: state.line)
        try assembler.deliverCompleted(body)
    }

    // MARK: - Private

    /// Room before each chunk for what the decoder carries from the last one: an incomplete
    /// character, or the start of the encoding-detection window.
    private static let headroom = InputDecoder.maxCarry

    private struct FeedState {
        var line: Int
    }

    /// Feeds decoded bytes to libcsv one physical line at a time.
    private func feed(_ decoded: InputDecoder.Decoded, parser: LibCSVParser, assembler: RecordAssembler,
                      state: inout FeedState, _ body: (RawRecord) throws -> Void) throws {
        let base = decoded.base
        let count = decoded.count
        let invalid = decoded.invalidOffsets
        var nextInvalid = 0
        var i = 0
        while i < count {
            let newline = memchr(base + i, 0x0A, count - i)
            let end = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1 } ?? count
            let firstInvalid = nextInvalid
            while nextInvalid < invalid.count && invalid[nextInvalid] < end { nextInvalid += 1 }
            if nextInvalid == firstInvalid {
                try feedSegment(base + i, count: end - i, hasInvalid: false, line: state.line,
                                parser: parser, assembler: assembler, body)
            } else {
                // Undecodable bytes on this line. A bare CR ends a record without ending the
                // line, so the line goes in pieces ending at each CR: every record is flagged
                // for its own bytes only, however the file happens to be chunked.
                var start = i
                var k = firstInvalid
                while start < end {
                    let cr = memchr(base + start, 0x0D, end - start)
                    let pieceEnd = cr.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1 } ?? end
                    var hasInvalid = false
                    while k < nextInvalid && invalid[k] < pieceEnd {
                        hasInvalid = true
                        k += 1
                    }
                    try feedSegment(base + start, count: pieceEnd - start, hasInvalid: hasInvalid, line: state.line,
                                    parser: parser, assembler: assembler, body)
                    start = pieceEnd
                }
            }
            if newline != nil { state.line += 1 }
            i = end
        }
    }

    /// Feeds one segment (a line, or part of one) that lies on physical line `line`.
    private func feedSegment(_ bytes: UnsafePointer<UInt8>, count: Int, hasInvalid: Bool, line: Int,
                             parser: LibCSVParser, assembler: RecordAssembler,
                             _ body: (RawRecord) throws -> Void) throws {
        assembler.segmentLine = line
        assembler.segmentHasInvalidBytes = hasInvalid
        guard parser.parse(bytes, count: count) else {
            throw CSVReadError(.io(reason: "libcsv 内存不足"), file: name, line: line)
        }
        try checkOverflow(assembler, line: line)
        if parser.isInsideRecord {
            if assembler.recordStartLine == nil { assembler.recordStartLine = line }
            if hasInvalid && assembler.currentInvalidLine == nil { assembler.currentInvalidLine = line }
            if parser.pendingFieldLength > options.limits.maxFieldBytes {
                // The error the assembler would give this field once complete, so that the
                // chunking never changes it: past the field-count cap, that one.
                if assembler.currentFieldCount >= options.limits.maxFields {
                    throw CSVReadError(.tooManyFields(limit: options.limits.maxFields), file: name,
                                       line: assembler.recordStartLine, column: assembler.currentFieldCount + 1)
                }
                throw CSVReadError(.fieldTooLarge(limit: options.limits.maxFieldBytes), file: name,
                                   line: assembler.recordStartLine, column: assembler.currentFieldCount + 1,
                                   snippet: Self.snippet(parser.pendingFieldPrefix(120)))
            }
        }
        try assembler.deliverCompleted(body)
    }

    private func checkOverflow(_ assembler: RecordAssembler, line: Int) throws(CSVReadError) {
        guard let kind = assembler.overflow else { return }
        throw CSVReadError(kind, file: name, line: assembler.overflowLine ?? assembler.recordStartLine ?? line,
                           column: assembler.overflowColumn ?? assembler.currentFieldCount + 1,
                           snippet: assembler.overflowSnippet.map(Self.snippet))
    }

    /// Up to 30 characters of `bytes`, with line breaks shown as ⏎ and other control
    /// characters (a NUL, say) as U+FFFD, so that the message stays one line of text.
    static func snippet(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let shown = text.prefix(30).map { character -> String in
            if character == "\n" || character == "\r\n" || character == "\r" { return "⏎" }
            if character != "\t", character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return "\u{FFFD}"
            }
            return String(character)
        }.joined()
        return text.count > 30 ? shown + "…" : shown
    }
}
