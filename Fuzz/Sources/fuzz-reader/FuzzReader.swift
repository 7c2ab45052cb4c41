import CSVReader
import ReportCore

/// libFuzzer entry point: one input is one CSV file.
///
/// The bytes are read by `CSVReader(bytes:name:options:)` under several configurations
/// (tiny and odd chunk sizes, small and default limits, libcsv's trimming and
/// `preserveSpaces`), and every field of every record goes through every `ValueParser`
/// function. Besides crashes, leaks and hangs (AddressSanitizer and libFuzzer find those),
/// the harness traps when an invariant breaks:
///
/// - record lines are ≥ 1 and never decrease; a record's undecodable-bytes line is not
///   before the line it starts on; an error's line is ≥ 1;
/// - when the encoding cannot depend on the chunking (a UTF-8 BOM, or no byte ≥ 0x80),
///   every chunk size gives the same records, lines and error (kind, line, column);
/// - a parsed number is within `fixedPointLimit` and formats back to text that parses to
///   the same number; a parsed date prints as `yyyy-mm-dd`, which parses to the same day,
///   and its year is within `yearRange`; a parsed period prints as text that parses back
///   to it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let chunkIndependent = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || !bytes.contains { $0 >= 0x80 }

    for preserveSpaces in [false, true] {
        for limits in [FuzzLimits.small, FuzzLimits.standard] {
            var first: ReadOutcome?
            for chunkSize in FuzzLimits.chunkSizes {
                let outcome = read(bytes, chunkSize: chunkSize, limits: limits, preserveSpaces: preserveSpaces,
                                   parseValues: first == nil)
                if chunkIndependent, let first, first != outcome {
                    fatalError("chunk size \(chunkSize) differs from chunk size \(FuzzLimits.chunkSizes[0]): "
                               + outcome.difference(from: first))
                }
                if first == nil { first = outcome }
            }
        }
    }
    return 0
}

enum FuzzLimits {
    /// Tiny (the reader's minimum), odd, a little above the GB18030 output headroom, and a page.
    static let chunkSizes = [16, 17, 61, 97, 4096]

    static var small: CSVReader.Limits {
        var limits = CSVReader.Limits()
        limits.maxFieldBytes = 64
        limits.maxRecordBytes = 256
        limits.maxFields = 16
        return limits
    }

    static var standard: CSVReader.Limits { CSVReader.Limits() }
}

/// What one read produced, for comparing configurations.
struct ReadOutcome: Equatable, CustomStringConvertible {
    var records: [[String]] = []
    var lines: [Int] = []
    var invalidLines: [Int?] = []
    var error: String?

    /// The first place where two outcomes differ, for the crash message.
    func difference(from other: ReadOutcome) -> String {
        for index in 0..<max(records.count, other.records.count) {
            let mine = index < records.count ? "line \(lines[index]) invalid \(invalidLines[index].map(String.init) ?? "-") \(records[index])" : "none"
            let theirs = index < other.records.count ? "line \(other.lines[index]) invalid \(other.invalidLines[index].map(String.init) ?? "-") \(other.records[index])" : "none"
            if mine != theirs { return "record \(index): \(mine) versus \(theirs)" }
        }
        return "error \(error ?? "none") versus \(other.error ?? "none")"
    }

    var description: String {
        let text = "records \(records) lines \(lines) invalid \(invalidLines)"
        return (text.count > 400 ? text.prefix(400) + "…" : text) + " error \(error ?? "none")"
    }
}

func read(_ bytes: [UInt8], chunkSize: Int, limits: CSVReader.Limits, preserveSpaces: Bool,
          parseValues: Bool) -> ReadOutcome {
    var options = CSVReader.Options()
    options.chunkSize = chunkSize
    options.limits = limits
    options.preserveSpaces = preserveSpaces
    let reader = CSVReader(bytes: bytes, name: "fuzz.csv", options: options)
    var outcome = ReadOutcome()
    var lastLine = 1
    var chunkBytes = 0
    do {
        try reader.forEachRecord(onChunk: { chunkBytes += $0.count }) { record in
            precondition(record.line >= lastLine, "record line \(record.line) after line \(lastLine)")
            if let invalid = record.invalidBytesLine {
                precondition(invalid >= record.line, "invalid bytes on line \(invalid) before record line \(record.line)")
            }
            precondition(record.count <= limits.maxFields, "\(record.count) fields over the cap \(limits.maxFields)")
            lastLine = record.line
            outcome.records.append(record.strings)
            outcome.lines.append(record.line)
            outcome.invalidLines.append(record.invalidBytesLine)
            if parseValues {
                for index in 0..<record.count { checkValueParsers(record[index]) }
                _ = record[-1].count + record[record.count].count  // out of range: empty
            }
        }
    } catch let error as CSVReadError {
        precondition(error.line.map { $0 >= 1 } ?? true, "error line \(String(describing: error.line))")
        _ = error.description
        outcome.error = "\(error.kind) line \(error.line.map(String.init) ?? "-") column \(error.column.map(String.init) ?? "-")"
    } catch {
        fatalError("unexpected error type \(error)")
    }
    precondition(reader.bytesRead == chunkBytes && reader.bytesRead <= bytes.count,
                 "bytesRead \(reader.bytesRead), chunks \(chunkBytes), input \(bytes.count)")
    return outcome
}

/// Every `ValueParser` function on one field, with the invariants above.
func checkValueParsers(_ field: UnsafeBufferPointer<UInt8>) {
    let trimmed = ValueParser.trimmed(field)
    precondition(trimmed.count <= field.count)
    precondition(ValueParser.isBlank(field) == trimmed.isEmpty)
    precondition(ValueParser.trimmed(trimmed).count == trimmed.count, "trimming is not idempotent")
    _ = ValueParser.yesNo(field)

    for scale in [0, 1, 2, 3, 6, 18] {
        guard case .success(let value) = ValueParser.fixedPoint(field, scale: scale) else { continue }
        precondition(value.magnitude <= UInt64(ValueParser.fixedPointLimit), "\(value) over the limit")
        let text = scaled(value, scale: scale)
        guard case .success(let again) = ValueParser.fixedPoint(text, scale: scale), again == value else {
            fatalError("\(value) at scale \(scale) printed as \(text) does not parse back")
        }
        if scale == 2 {
            _ = Fen.chineseCapital(value)
            precondition(Fen.format(value) == text)
        }
        if scale == 3 { precondition(Kilograms.formatTons(value) == text) }
    }
    if case .success(let value) = ValueParser.integer(field) {
        precondition(ValueParser.fixedPoint(field, scale: 0) == .success(value))
    }

    switch ValueParser.dateTime(field) {
    case .success(let moment):
        precondition(ValueParser.yearRange.contains(moment.day.year), "year \(moment.day.year)")
        precondition((0..<86_400).contains(moment.secondOfDay), "second of day \(moment.secondOfDay)")
        let text = moment.day.description
        guard case .success(let again) = ValueParser.day(text), again == moment.day else {
            fatalError("\(moment) printed as \(text) does not parse back")
        }
        guard case .success(let sameMoment) = ValueParser.dateTime(moment.description), sameMoment == moment else {
            fatalError("\(moment) does not parse back from its description")
        }
        precondition(ValueParser.day(field) == .success(moment.day))
    case .failure(let error):
        precondition(!error.reason.isEmpty)
        precondition(ValueParser.day(field).error == error)
    }

    let text = String(decoding: field, as: UTF8.self)
    if let period = Period(text) {
        precondition(Period(period.description) == period, "period \(text) → \(period)")
        precondition(period.first <= period.last)
        _ = period.chineseName
        _ = period.previous
        _ = period.months
    }
}

/// `value` × 10^-scale as plain decimal text (the inverse `fixedPoint` must accept).
func scaled(_ value: Int64, scale: Int) -> String {
    var divisor: UInt64 = 1
    for _ in 0..<scale { divisor *= 10 }
    let magnitude = value.magnitude
    var fraction = String(magnitude % divisor)
    fraction = String(repeating: "0", count: max(0, scale - fraction.count)) + fraction
    let sign = value < 0 ? "-" : ""
    return scale == 0 ? sign + String(magnitude) : sign + String(magnitude / divisor) + "." + fraction
}

extension Result {
    var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
