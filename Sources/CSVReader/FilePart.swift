import Glibc

/// A byte range of a file that one reader (on one thread) reads on its own, so that a
/// large export can be parsed on several cores.
///
/// Parts start right after a line feed that lies outside any quoted field: in RFC 4180 CSV
/// a quote character inside a quoted field is always doubled, so an even number of quotes
/// before a position means the position is not inside quotes. `FilePart.plan` counts them
/// before any reader starts; `FilePart.planDeferred` (two parts) leaves the count to the
/// second part's reader (`located`). A file that is not well-formed can defeat that count;
/// the reader of a part then reports `endedOnRecordBoundary == false` and the caller reads
/// the file again in one piece. Line feeds and quotes are never trail bytes of UTF-8 or GB18030, so a
/// split never cuts a character.
public struct FilePart: Sendable, Equatable {
    /// Byte offsets in the file.
    public var range: Range<Int>
    /// The physical line on which the part starts (1-based); 0 for a part of `planDeferred`
    /// until `located` has counted it.
    public var firstLine: Int
    /// The file's encoding, decided from its start (nil for the first part).
    public var encoding: SourceEncoding?
    /// True for the part that ends at the end of the file.
    public var isLast: Bool

    public init(range: Range<Int>, firstLine: Int, encoding: SourceEncoding?, isLast: Bool) {
        self.range = range
        self.firstLine = firstLine
        self.encoding = encoding
        self.isLast = isLast
    }

    /// Splits the file at `path` into `count` parts of about equal size, or returns nil
    /// when it should be read in one piece: smaller than `minimumBytes`, an encoding not
    /// decided by its first 64 KiB (an ASCII start), or no safe split point found.
    public static func plan(path: String, count: Int, minimumBytes: Int = 16 << 20,
                            scanChunk: Int = 1 << 20) throws -> [FilePart]? {
        guard count >= 2 else { return nil }
        let handle = try ByteSource.Handle(.file(path: path), name: path)
        let size = handle.size
        guard size >= minimumBytes else { return nil }
        guard let encoding = try detectEncoding(handle, path: path) else { return nil }

        var parts: [FilePart] = []
        var scanner = QuoteAndLineScanner()
        var start = 0, startLine = 1
        let chunk = max(16, scanChunk)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        try handle.seek(to: 0)
        var position = 0
        for k in 1..<count {
            let target = splitTarget(k, of: count, size: size)
            var split: Int?
            while split == nil {
                let n = try handle.read(into: buffer, capacity: chunk)
                if n == 0 { break }
                let skip = max(0, min(n, target - position))
                scanner.count(buffer, skip)
                if let offset = scanner.firstEvenLineFeed(buffer + skip, n - skip) {
                    split = position + skip + offset + 1
                    scanner.count(buffer + skip, offset + 1)
                    // Rewind to just after the split for the next part's scan.
                    try handle.seek(to: split!)
                    position = split!
                } else {
                    scanner.count(buffer + skip, n - skip)
                    position += n
                }
            }
            guard let end = split, end < size else { return nil }
            parts.append(FilePart(range: start..<end, firstLine: startLine, encoding: parts.isEmpty ? nil : encoding,
                                  isLast: false))
            start = end
            startLine = scanner.lineFeeds + 1
        }
        parts.append(FilePart(range: start..<size, firstLine: startLine, encoding: encoding, isLast: true))
        return parts
    }

    /// Where split `k` (1-based) of `count` parts should fall. The first part's reader also
    /// finishes the file's SHA-256 over the other parts, so it gets 1/32 of the file less:
    /// measured on a two-million-ticket export, the two parts then end together.
    static func splitTarget(_ k: Int, of count: Int, size: Int) -> Int {
        k == 1 ? size / count * k - size / 32 : size / count * k
    }

    /// The encoding the reader decides on from the file's first 64 KiB and the evidence
    /// window that may follow them (`InputDecoder.judge`), or nil when those bytes are
    /// ASCII only (undecided until later: such a file is read in one piece).
    static func detectEncoding(_ handle: ByteSource.Handle, path: String) throws -> SourceEncoding? {
        let chunk = 64 * 1024 + InputDecoder.maxCarry
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        let n = try handle.read(into: buffer, capacity: chunk)  // fills it unless the file ends
        let decoder = InputDecoder(maxChunk: chunk, file: path)
        _ = try decoder.decode(buffer, count: n, isFinal: n < chunk)
        return decoder.isDecided ? decoder.encoding : nil
    }
}

/// Counts quotes and line feeds over consecutive buffers, to find split points.
struct QuoteAndLineScanner {
    private(set) var quotes = 0
    private(set) var lineFeeds = 0

    mutating func count(_ base: UnsafePointer<UInt8>, _ n: Int) {
        // Quotes and line feeds 16 bytes at a time: a compare gives 0xFF (-1) in each lane
        // holding one, subtracting it counts per lane; lanes are summed before they can
        // overflow. (x86-64's baseline has no popcount instruction, so counting the bits of
        // a mask is slow; and an export that quotes every field has a quote every few bytes.)
        let raw = UnsafeRawPointer(base)
        let lf = SIMD16<UInt8>(repeating: 0x0A), quote = SIMD16<UInt8>(repeating: 0x22)
        var i = 0
        while i + 16 <= n {
            var lineFeedLanes = SIMD16<UInt8>(), quoteLanes = SIMD16<UInt8>()
            var rounds = 0
            while rounds < 255 && i + 16 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                lineFeedLanes &-= unsafeBitCast(v .== lf, to: SIMD16<UInt8>.self)
                quoteLanes &-= unsafeBitCast(v .== quote, to: SIMD16<UInt8>.self)
                rounds += 1
                i += 16
            }
            for k in 0..<16 {
                lineFeeds += Int(lineFeedLanes[k])
                quotes += Int(quoteLanes[k])
            }
        }
        while i < n {
            if base[i] == 0x0A { lineFeeds += 1 } else if base[i] == 0x22 { quotes += 1 }
            i += 1
        }
    }

    /// Offset of the first line feed in `base[0..<n]` preceded by an even number of
    /// quotes (counting those already seen), without counting anything.
    func firstEvenLineFeed(_ base: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        var odd = quotes & 1 == 1
        for i in 0..<n {
            let b = base[i]
            if b == 0x22 { odd.toggle() } else if b == 0x0A && !odd { return i }
        }
        return nil
    }
}
