import Glibc

extension CSVReader {
    /// Where on physical line `line` of the file at `path` the first byte lies that
    /// `encoding` cannot decode (or a NUL byte): its offset from the start of the file,
    /// counting from 0 and including any byte-order mark. Nil when the line is not within
    /// the first `limit` bytes, or every byte on it decodes (a UTF-8 line in a GB18030
    /// file is flagged as a whole, not at a byte).
    ///
    /// Used for the header, where a clerk needs the place to look at in a hex editor or
    /// to re-save the file; per-row rejects name the line only. `isNUL`: the byte is 0
    /// (typically a UTF-16 file without byte-order mark).
    public static func firstUndecodableByte(path: String, line: Int, encoding: SourceEncoding,
                                            limit: Int = 8 << 20) -> (offset: Int, isNUL: Bool)? {
        guard line >= 1, let handle = try? ByteSource.Handle(.file(path: path), name: path) else { return nil }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: limit)
        defer { buffer.deallocate() }
        guard let n = try? handle.read(into: buffer, capacity: limit) else { return nil }
        var start = 0
        var lineFeeds = 0
        while lineFeeds < line - 1 {
            guard start < n, let hit = memchr(buffer + start, 0x0A, n - start) else { return nil }
            start = UnsafeRawPointer(hit) - UnsafeRawPointer(buffer) + 1
            lineFeeds += 1
        }
        if start == 0 && encoding == .utf8WithBOM && n >= 3 { start = 3 }
        let end = memchr(buffer + start, 0x0A, n - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(buffer) } ?? n
        let count = end - start
        var first = memchr(buffer + start, 0, count).map { UnsafeRawPointer($0) - UnsafeRawPointer(buffer) }
        let undecodable: Int?
        switch encoding {
        case .utf8, .utf8WithBOM:
            undecodable = UTF8Scanner.scan(buffer + start, count: count, isFinal: true).invalidOffsets.first
        case .gb18030:
            guard let converter = try? GB18030Converter() else { return first.map { ($0, true) } }
            let output = UnsafeMutablePointer<UInt8>.allocate(capacity: 3 * count + 8)
            defer { output.deallocate() }
            undecodable = converter.convert(buffer + start, count: count, isFinal: true,
                                            into: output, capacity: 3 * count + 8).firstInvalidInput
        }
        let nul = first
        if let undecodable { first = min(first ?? Int.max, start + undecodable) }
        return first.map { ($0, $0 == nul) }
    }
}
