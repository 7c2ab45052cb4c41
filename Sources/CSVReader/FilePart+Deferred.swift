import Glibc

extension FilePart {
    /// False for a part whose first line is not yet counted (`planDeferred`): `firstLine`
    /// is 0 until `located` has counted the line feeds before it.
    public var isLocated: Bool { firstLine > 0 }

    /// Splits the file at `path` in two like `plan`, but without reading up to the split:
    /// the split is the first line feed at or after the target, and the second part's first
    /// line is left for its own reader to count (`located`), on its own core while the
    /// first part is being parsed. `plan` reads half the file before either reader starts.
    ///
    /// Whether the split is a record boundary is known only later: `located` returns nil
    /// when an odd number of quotes comes before it (inside a quoted field), and the first
    /// part's reader reports `endedOnRecordBoundary == false` when libcsv is inside a record
    /// there (a stray quote can mislead the count); either way the caller then reads the
    /// file in one piece. Nil, like `plan`, for a small file or an ASCII start.
    public static func planDeferred(path: String, minimumBytes: Int = 16 << 20) throws -> [FilePart]? {
        let handle = try ByteSource.Handle(.file(path: path), name: path)
        let size = handle.size
        guard size >= minimumBytes else { return nil }
        guard let encoding = try detectEncoding(handle, path: path) else { return nil }
        let target = splitTarget(1, of: 2, size: size)
        guard let split = try firstLineFeed(handle, from: target), split < size else { return nil }
        return [FilePart(range: 0..<split, firstLine: 1, encoding: nil, isLast: false),
                FilePart(range: split..<size, firstLine: 0, encoding: encoding, isLast: true)]
    }

    /// This part with `firstLine` counted from the line feeds before it, or nil when an odd
    /// number of quotes comes before it (the split lies inside a quoted field).
    public func located(path: String, scanChunk: Int = 1 << 20) throws -> FilePart? {
        let handle = try ByteSource.Handle(.file(path: path), name: path)
        let chunk = max(16, scanChunk)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        var scanner = QuoteAndLineScanner()
        var remaining = range.lowerBound
        while remaining > 0 {
            let n = try handle.read(into: buffer, capacity: min(chunk, remaining))
            if n == 0 { return nil }   // the file shrank under us: read it whole
            scanner.count(buffer, n)
            remaining -= n
        }
        guard scanner.quotes % 2 == 0 else { return nil }
        var part = self
        part.firstLine = scanner.lineFeeds + 1
        return part
    }

    /// The offset just after the first line feed at or after `offset`, or nil if none.
    private static func firstLineFeed(_ handle: ByteSource.Handle, from offset: Int) throws -> Int? {
        let chunk = 64 * 1024
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        try handle.seek(to: offset)
        var position = offset
        while true {
            let n = try handle.read(into: buffer, capacity: chunk)
            if n == 0 { return nil }
            if let hit = memchr(buffer, 0x0A, n) {
                return position + (UnsafeRawPointer(hit) - UnsafeRawPointer(buffer)) + 1
            }
            position += n
        }
    }
}
