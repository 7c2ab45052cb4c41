import Foundation
import Testing
@testable import CSVReader

/// Inputs the libFuzzer harness in `Fuzz/` found (see RELIABILITY.md), each reduced to
/// what goes wrong, plus the raw input it found under `Fixtures/fuzz/`.
///
/// The harness's main invariant: when the encoding cannot depend on how the file is
/// chunked (a UTF-8 BOM, or pure ASCII), every chunk size must read the same records, on
/// the same lines, with the same undecodable-bytes flags and the same error.
@Suite struct FuzzRegressionTests {
    static let chunkSizes = [16, 17, 61, 97, 4096, 64 * 1024]

    static var smallLimits: CSVReader.Limits {
        var limits = CSVReader.Limits()
        limits.maxFieldBytes = 64
        limits.maxRecordBytes = 256
        limits.maxFields = 16
        return limits
    }

    /// Records, or the error as kind, line and column.
    struct Outcome: Equatable {
        var records: [ReadRecord] = []
        var error: String?
    }

    static func outcome(_ bytes: [UInt8], chunkSize: Int, limits: CSVReader.Limits = smallLimits) -> Outcome {
        var outcome = Outcome()
        var options = CSVReader.Options()
        options.chunkSize = chunkSize
        options.limits = limits
        let reader = CSVReader(bytes: bytes, name: "fuzz.csv", options: options)
        do {
            try reader.forEachRecord {
                outcome.records.append(ReadRecord(line: $0.line, fields: $0.strings, invalidBytesLine: $0.invalidBytesLine))
            }
        } catch let error as CSVReadError {
            outcome.error = "\(error.kind) \(error.line ?? 0):\(error.column ?? 0)"
        } catch {
            outcome.error = "\(error)"
        }
        return outcome
    }

    // MARK: - Too many fields: the error named the wrong column (and line)

    /// Found as `Fixtures/fuzz/too_many_fields_column.csv`: with a 16-field cap, a record
    /// whose 17th field and end lay in the same chunk was reported at column 1 (libcsv had
    /// already ended the record, resetting the field count); in smaller chunks, column 17.
    @Test(arguments: chunkSizes)
    func tooManyFieldsNamesTheFieldOverTheCap(chunkSize: Int) {
        let row = (1...20).map(String.init).joined(separator: ",")
        let result = Self.outcome(Array("a,b\n\(row)\n".utf8), chunkSize: chunkSize)
        #expect(result.records == [ReadRecord(line: 1, fields: ["a", "b"])])
        #expect(result.error == "tooManyFields(limit: 16) 2:17")
    }

    /// The same for a record that starts on line 2 and reaches the cap on line 3: the
    /// error names line 2 (where the record starts), not line 3.
    @Test(arguments: chunkSizes)
    func tooManyFieldsOfAMultiLineRecordNamesTheLineItStarts(chunkSize: Int) {
        let rest = (2...20).map(String.init).joined(separator: ",")
        let result = Self.outcome(Array("a,b\n\"x\ny\",\(rest)\nok,1\n".utf8), chunkSize: chunkSize)
        #expect(result.error == "tooManyFields(limit: 16) 2:17")
    }

    @Test(arguments: chunkSizes)
    func recordTooLargeNamesTheFieldThatCrossedTheCap(chunkSize: Int) {
        let field = String(repeating: "y", count: 60)
        let row = Array(repeating: field, count: 5).joined(separator: ",")  // the 5th field passes 256 bytes
        let result = Self.outcome(Array("h\n\(row)\n".utf8), chunkSize: chunkSize)
        #expect(result.error == "recordTooLarge(limit: 256) 2:5")
    }

    /// A field over the cap used to pass when it began and ended within one chunk (only the
    /// field still in progress at the end of a chunk was measured): now it stops the file
    /// whatever the chunking, with the same line, column and message.
    @Test(arguments: chunkSizes)
    func fieldOverTheCapIsAnErrorEvenWithinOneChunk(chunkSize: Int) throws {
        let long = String(repeating: "长", count: 30)  // 90 bytes > 64
        let result = Self.outcome(Array("a,b\n1,\(long)\n2,x\n".utf8), chunkSize: chunkSize)
        #expect(result.records == [ReadRecord(line: 1, fields: ["a", "b"])])
        #expect(result.error == "fieldTooLarge(limit: 64) 2:2")

        var options = CSVReader.Options()
        options.chunkSize = chunkSize
        options.limits = Self.smallLimits
        let reader = CSVReader(bytes: Array("a,b\n1,\(long)\n".utf8), name: "x.csv", options: options)
        let error = #expect(throws: CSVReadError.self) { try reader.forEachRecord { _ in } }
        // The snippet shows what was read of the field when the cap was seen: all of it
        // when the field ended within the chunk, what had arrived so far otherwise.
        let message = "x.csv:2:2: 字段超过 64 字节上限（多半是该行开始的引号未闭合） — «"
        #expect(error?.description.hasPrefix(message + "长长长长长长长长长长长长长长长长长长长长") == true)
        if chunkSize >= 4096 {
            #expect(error?.description == message + String(repeating: "长", count: 30) + "»")
        }
    }

    /// Found as `Fixtures/fuzz/field_and_field_count_caps.csv`: a 17th field (over the
    /// 16-field cap) that is also over the 64-byte field cap was "field too large" when it
    /// was still being read at the end of a chunk and "too many fields" when it ended within
    /// one. Now it is "too many fields" either way, as the assembler decides.
    @Test(arguments: chunkSizes)
    func fieldPastBothCapsIsTooManyFieldsWhateverTheChunking(chunkSize: Int) {
        let row = (1...16).map(String.init).joined(separator: ",") + "," + String(repeating: "z", count: 100) + ",18"
        let result = Self.outcome(Array("a,b\n\(row)\n".utf8), chunkSize: chunkSize)
        #expect(result.error == "tooManyFields(limit: 16) 2:17")
    }

    /// Spaces libcsv trims (after an unquoted field, or after a closing quote) do not count
    /// towards the field cap, however the field is chunked: the check of a field still being
    /// read measures what libcsv would deliver.
    @Test(arguments: chunkSizes)
    func trimmedSpacesDoNotCountTowardsTheFieldCap(chunkSize: Int) {
        let spaces = String(repeating: " ", count: 100)
        let result = Self.outcome(Array("a,b\nx\(spaces),y\n\"q\"\(spaces),z\n".utf8), chunkSize: chunkSize)
        #expect(result.error == nil)
        #expect(result.records == [
            ReadRecord(line: 1, fields: ["a", "b"]),
            ReadRecord(line: 2, fields: ["x", "y"]),
            ReadRecord(line: 3, fields: ["q", "z"]),
        ])
    }

    // MARK: - Bare CR: a record flagged for another record's undecodable bytes

    /// Found as `Fixtures/fuzz/bare_cr_invalid_bytes.csv`: a bare CR ends a record within a
    /// physical line. The line's undecodable byte belongs to the first record only, yet the
    /// second was flagged too when both lay in one chunk (and not in smaller chunks).
    @Test(arguments: chunkSizes)
    func bareCRRecordsAreFlaggedForTheirOwnBytesOnly(chunkSize: Int) {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\n1".utf8) + [0xFF] + Array(",x\r2,y\r3,".utf8) + [0xFE]
            + Array("\n4,z\n".utf8)
        let result = Self.outcome(bytes, chunkSize: chunkSize)
        #expect(result.error == nil)
        #expect(result.records == [
            ReadRecord(line: 1, fields: ["a", "b"]),
            ReadRecord(line: 2, fields: ["1\u{FFFD}", "x"], invalidBytesLine: 2),
            ReadRecord(line: 2, fields: ["2", "y"]),
            ReadRecord(line: 2, fields: ["3", "\u{FFFD}"], invalidBytesLine: 2),
            ReadRecord(line: 3, fields: ["4", "z"]),
        ])
    }

    // MARK: - GB18030: bad bytes followed by GBK text overflowed the output buffer

    /// Undecodable bytes become U+FFFD (3 bytes each); the converter's output buffer was
    /// sized for 2 bytes per input byte, so a chunk of bad bytes followed by GBK text (1.5
    /// bytes each) filled it, iconv stopped with E2BIG and the reader trapped ("decoder
    /// carried more than one character"). Found by reading the code for the fuzzer's
    /// invariant; the harness reaches it with its 4096-byte chunks.
    @Test(arguments: [97, 4096, 64 * 1024])
    func badBytesThenGBKTextFillAChunkWithoutTrapping(chunkSize: Int) throws {
        let gbk: [UInt8] = [0xD5, 0xC5]  // 张
        // The first chunk: the header, bad bytes, then GBK text that no longer fitted.
        let bad = chunkSize - 7
        let good = chunkSize
        let bytes = Array("a,b\n".utf8) + Array(repeating: 0x80, count: bad)
            + Array([[UInt8]](repeating: gbk, count: good).joined()) + Array("\n1,2\n".utf8)
        let (records, encoding) = try readAll(bytes, chunkSize: chunkSize)
        #expect(encoding == .gb18030)
        #expect(records.count == 3)
        #expect(records[1].line == 2)
        #expect(records[1].invalidBytesLine == 2)
        #expect(records[1].fields == [String(repeating: "\u{FFFD}", count: bad) + String(repeating: "张", count: good)])
        #expect(records[2] == ReadRecord(line: 3, fields: ["1", "2"]))
    }

    // MARK: - The raw inputs, replayed with the harness's invariant

    @Test(arguments: ["too_many_fields_column.csv", "bare_cr_invalid_bytes.csv", "field_and_field_count_caps.csv"])
    func foundInputReadsTheSameInEveryChunkSize(name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture("fuzz/" + name))))
        let expected = Self.outcome(bytes, chunkSize: Self.chunkSizes[0])
        for chunkSize in Self.chunkSizes.dropFirst() {
            #expect(Self.outcome(bytes, chunkSize: chunkSize) == expected, "chunk \(chunkSize)")
        }
    }
}
