import Glibc
import ReportCore

/// How an export file is encoded.
enum TextEncoding: String {
    case utf8 = "UTF-8 (no BOM)"
    case utf8BOM = "UTF-8 with BOM"
    case gb18030 = "GB18030 (no BOM)"
}

enum LineEnding: String {
    case lf = "LF"
    case crlf = "CRLF"
}

/// What was written to one file, for the README.
struct FileSummary {
    var name: String
    var encoding: TextEncoding
    var lineEnding: LineEnding
    var headerStyle: String
    var headers: [String]
    /// Data records (the header excluded).
    var records: Int
    /// Physical lines, the header included (quoted line breaks count).
    var lines: Int
    var bytes: Int
}

struct GeneratorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A buffered CSV writer (RFC 4180) that builds one record at a time.
///
/// Fields are appended to the current record with the typed appenders (`text`, `int`,
/// `fixed`, `day`, …), which write bytes without going through `String` formatting; the
/// record can then be inspected and edited (`field(_:)`, `setField(_:_:)`) before
/// `commit()` quotes what needs quoting (a comma, quote, CR or LF in the field) and moves it
/// to the output buffer. The writer counts physical lines, so every record's line number
/// (header = 1) is known when it is committed.
///
/// Output is buffered as UTF-8 and flushed in ~1 MB blocks, always at a record boundary;
/// for GB18030 each block goes through Glibc's iconv first.
final class CSVWriter {
    let name: String
    let encoding: TextEncoding
    let lineEnding: LineEnding
    private let fd: Int32
    private var out: [UInt8] = []
    private var row: [UInt8] = []
    private var ends: [Int] = []
    private var converter: UTF8ToGB18030?
    private var headers: [String] = []
    /// The physical line on which the next record starts.
    private(set) var nextLine = 1
    private(set) var records = 0
    private(set) var bytesWritten = 0
    private static let flushThreshold = 1 << 20

    init(directory: String, name: String, encoding: TextEncoding, lineEnding: LineEnding) throws {
        self.name = name
        self.encoding = encoding
        self.lineEnding = lineEnding
        let path = directory + "/" + name
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw GeneratorError("cannot create \(path): \(String(cString: strerror(errno)))") }
        if encoding == .gb18030 { converter = try UTF8ToGB18030() }
        out.reserveCapacity(Self.flushThreshold + 64 * 1024)
        row.reserveCapacity(1024)
        ends.reserveCapacity(32)
        if encoding == .utf8BOM { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    deinit { if fd >= 0 { Glibc.close(fd) } }

    // MARK: Appending fields to the current record

    @inline(__always) func text(_ s: String) {
        row.append(contentsOf: s.utf8)
        ends.append(row.count)
    }

    @inline(__always) func bytes(_ b: [UInt8]) {
        row.append(contentsOf: b)
        ends.append(row.count)
    }

    @inline(__always) func empty() { ends.append(row.count) }

    @inline(__always) func int(_ value: Int) {
        appendDigits(value, width: 1)
        ends.append(row.count)
    }

    /// `value / 10^scale` with exactly `scale` decimals (`fixed(127500, scale: 2)` → `1275.00`),
    /// or with trailing zeros dropped when `trim` is set (`fixed(1500, scale: 3, trim: true)` → `1.5`).
    func fixed(_ value: Int, scale: Int, trim: Bool = false) {
        row.append(contentsOf: Format.fixed(value, scale: scale, trim: trim).utf8)
        ends.append(row.count)
    }

    /// `2018-09-28`.
    @inline(__always) func day(_ d: Day) {
        appendDay(d)
        ends.append(row.count)
    }

    /// `2018-09-28 14:03` (`minute` of the day, 0..<1440).
    @inline(__always) func dateTime(_ d: Day, minute: Int) {
        appendDay(d)
        row.append(0x20)
        appendDigits(minute / 60, width: 2)
        row.append(0x3A)
        appendDigits(minute % 60, width: 2)
        ends.append(row.count)
    }

    /// `2018-09-28 14:03:27`.
    @inline(__always) func dateTime(_ d: Day, minute: Int, second: Int) {
        appendDay(d)
        row.append(0x20)
        appendDigits(minute / 60, width: 2)
        row.append(0x3A)
        appendDigits(minute % 60, width: 2)
        row.append(0x3A)
        appendDigits(second, width: 2)
        ends.append(row.count)
    }

    /// An id made of a prefix, the day as `yyyymmdd` and a zero-padded serial: `BS20181008` + `00012`.
    @inline(__always) func dayID(prefix: [UInt8], day d: Day, serial: Int, width: Int) {
        row.append(contentsOf: prefix)
        let (y, m, dd) = d.components
        appendDigits(y, width: 4)
        appendDigits(m, width: 2)
        appendDigits(dd, width: 2)
        appendDigits(serial, width: width)
        ends.append(row.count)
    }

    // MARK: Editing the current record (slow path, for the rare injected rows)

    var fieldCount: Int { ends.count }

    func field(_ index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return String(decoding: row[start..<ends[index]], as: UTF8.self)
    }

    var fields: [String] { (0..<ends.count).map(field) }

    func setField(_ index: Int, _ value: String) {
        var values = fields
        values[index] = value
        setFields(values)
    }

    func setFields(_ values: [String]) {
        row.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        for value in values { text(value) }
    }

    // MARK: Committing

    func header(_ names: [String]) {
        precondition(nextLine == 1, "header after records")
        headers = names
        for name in names { text(name) }
        emit()
    }

    /// Writes the current record and returns the physical line it starts on.
    @discardableResult
    func commit() -> Int {
        let line = nextLine
        emit()
        records += 1
        return line
    }

    /// Writes `values` as one record and returns its line.
    @discardableResult
    func write(_ values: [String]) -> Int {
        setFields(values)
        return commit()
    }

    private func emit() {
        var newlines = 0
        row.withUnsafeBufferPointer { bytes in
            var start = 0
            for (i, end) in ends.enumerated() {
                if i > 0 { out.append(0x2C) }
                var quote = false
                for k in start..<end {
                    let b = bytes[k]
                    if b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
                        quote = true
                        if b == 0x0A { newlines += 1 }
                    }
                }
                if quote {
                    out.append(0x22)
                    for k in start..<end {
                        if bytes[k] == 0x22 { out.append(0x22) }
                        out.append(bytes[k])
                    }
                    out.append(0x22)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                start = end
            }
        }
        if lineEnding == .crlf { out.append(0x0D) }
        out.append(0x0A)
        nextLine += 1 + newlines
        row.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        if out.count >= Self.flushThreshold { flush() }
    }

    private func flush() {
        guard !out.isEmpty else { return }
        if let converter {
            let converted = converter.convert(out)
            writeAll(converted)
        } else {
            writeAll(out)
        }
        out.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ data: [UInt8]) {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    fatalError("write to \(name) failed: \(String(cString: strerror(errno)))")
                }
                offset += n
            }
            bytesWritten += buffer.count
        }
    }

    /// Flushes and closes the file.
    func close(headerStyle: String) throws -> FileSummary {
        flush()
        if fsync(fd) != 0 && errno != EINVAL { throw GeneratorError("fsync \(name): \(String(cString: strerror(errno)))") }
        Glibc.close(fd)
        return FileSummary(name: name, encoding: encoding, lineEnding: lineEnding, headerStyle: headerStyle,
                           headers: headers, records: records, lines: nextLine - 1, bytes: bytesWritten)
    }

    // MARK: Digits

    @inline(__always) private func appendDay(_ d: Day) {
        let (y, m, dd) = d.components
        appendDigits(y, width: 4)
        row.append(0x2D)
        appendDigits(m, width: 2)
        row.append(0x2D)
        appendDigits(dd, width: 2)
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    @inline(__always) private func appendDigits(_ value: Int, width: Int) {
        var v = value
        if v < 0 {
            row.append(0x2D)
            v = -v
        }
        var digits = 1, power = 10
        while v >= power && digits < 18 { digits += 1; power &*= 10 }
        let count = max(digits, width)
        let start = row.count
        for _ in 0..<count { row.append(0x30) }
        var i = start + count - 1
        repeat {
            row[i] = 0x30 &+ UInt8(truncatingIfNeeded: v % 10)
            v /= 10
            i -= 1
        } while v > 0
    }
}

/// UTF-8 → GB18030 with Glibc's iconv (the writer only converts whole records, so no
/// character is ever split between two calls).
final class UTF8ToGB18030 {
    private let descriptor: iconv_t

    init() throws {
        let cd = iconv_open("GB18030", "UTF-8")
        guard let cd, Int(bitPattern: cd) != -1 else { throw GeneratorError("iconv cannot convert UTF-8 to GB18030") }
        descriptor = cd
    }

    deinit { iconv_close(descriptor) }

    func convert(_ input: [UInt8]) -> [UInt8] {
        // GB18030 needs at most 4 bytes where UTF-8 needs 2–4, and 1 where it needs 1.
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var produced = 0
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: source.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = target.count
                if iconv(descriptor, &inPtr, &inLeft, &outPtr, &outLeft) == -1 || inLeft != 0 {
                    fatalError("iconv UTF-8 → GB18030 failed: \(String(cString: strerror(errno)))")
                }
                produced = target.count - outLeft
            }
        }
        output.removeSubrange(produced...)
        return output
    }
}
