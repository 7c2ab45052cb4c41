import SharedTestSupport
import Foundation
import Testing
@testable import CSVReader

/// Reading a file in parts (one reader per part, as on several cores) gives exactly the
/// records of reading it whole, with the same line numbers.
@Suite struct FilePartTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "parts-\(UUID().uuidString).csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func records(_ path: String, part: FilePart? = nil) throws -> (records: [ReadRecord], aligned: Bool) {
        var options = CSVReader.Options()
        options.part = part
        options.chunkSize = 64
        let reader = CSVReader(path: path, options: options)
        var out: [ReadRecord] = []
        try reader.forEachRecord { out.append(ReadRecord(line: $0.line, fields: $0.strings, invalidBytesLine: $0.invalidBytesLine)) }
        return (out, reader.endedOnRecordBoundary)
    }

    @Test(arguments: 0..<30)
    func partsReadLikeTheWhole(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 99)
        var text = "镇街,名称\n"   // a Chinese header decides UTF-8 at once
        for _ in 0..<20 { text += RoundTripPropertyTests.randomFile(&rng).text + "\n" }
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try records(path).records
        for count in [2, 3] {
            let parts = try #require(try FilePart.plan(path: path, count: count, minimumBytes: 0))
            #expect(parts.count == count)
            #expect(parts.first?.range.lowerBound == 0)
            #expect(parts.last?.isLast == true)
            var joined: [ReadRecord] = []
            for part in parts {
                let (read, aligned) = try records(path, part: part)
                #expect(aligned)
                joined += read
            }
            #expect(joined == whole, "seed \(seed), \(count) parts")
        }
    }

    @Test(arguments: [16, 17, 31, 64, 256])
    func splitScanAcrossManyChunksCountsEveryLine(scanChunk: Int) throws {
        // Quoted line breaks after the split target, read by a scan in small chunks: the
        // later part must still start on the right line (the review found lines lost when
        // no split point was found in a chunk).
        var text = "镇街,备注\n"
        for k in 0..<40 { text += "行\(k),\"第一\n第二\n第三\"\n" }
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try records(path).records
        let parts = try #require(try FilePart.plan(path: path, count: 2, minimumBytes: 0, scanChunk: scanChunk))
        var joined: [ReadRecord] = []
        for part in parts { joined += try records(path, part: part).records }
        #expect(joined == whole)
    }

    @Test func aStrayQuoteThatMisleadsTheSplitIsDetected() throws {
        // Line 2 has a quote inside an unquoted field, which libcsv keeps as data; the
        // quote count then says lines 3–6 are "inside quotes", and the first even line
        // feed it finds ends line 6 — which really is inside the quoted field opened on
        // line 6. The first part then ends inside a record.
        let text = "镇街,名称\nx,a\"b\ny,1\nz,2\nw,3\nv,\"q\nr\"\nu,4\n"
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let parts = try #require(try FilePart.plan(path: path, count: 2, minimumBytes: 0))
        let (_, aligned) = try records(path, part: parts[0])
        #expect(parts[0].range.upperBound == text.utf8.count - "r\"\nu,4\n".utf8.count)
        #expect(!aligned)
    }

    @Test func deferredPartsReadLikeTheWholeOrAreRefused() throws {
        // planDeferred splits at the first line feed after the target without looking at
        // quotes; the second part counts its first line itself. Either that part is refused
        // (odd quotes before it), or the first part ends inside a record, or the two parts
        // read exactly like the whole file, line numbers included.
        var joinedCount = 0
        for seed in 0..<40 {
            var rng = SplitMix64(seed: UInt64(seed) &+ 7)
            var text = "镇街,名称\n"
            for _ in 0..<20 { text += RoundTripPropertyTests.randomFile(&rng).text + "\n" }
            let path = try write(text)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let whole = try records(path).records
            let parts = try #require(try FilePart.planDeferred(path: path, minimumBytes: 0))
            #expect(parts.count == 2 && parts[0].range.upperBound == parts[1].range.lowerBound)
            #expect(parts[0].isLocated && !parts[1].isLocated)
            let bytes = Array(text.utf8)
            #expect(bytes[parts[1].range.lowerBound - 1] == 0x0A)
            guard let second = try parts[1].located(path: path) else {
                #expect(bytes[..<parts[1].range.lowerBound].filter { $0 == 0x22 }.count % 2 == 1)
                continue
            }
            #expect(second.firstLine == bytes[..<second.range.lowerBound].filter { $0 == 0x0A }.count + 1)
            let (first, aligned) = try records(path, part: parts[0])
            guard aligned else { continue }
            #expect(first + (try records(path, part: second).records) == whole, "seed \(seed)")
            joinedCount += 1
        }
        // Most splits land between records: the comparison above really ran.
        #expect(joinedCount >= 20)
    }

    @Test func aDeferredSplitInsideAQuotedFieldIsRefused() throws {
        // The target (half the file less 1/32) falls in the first run of "长"; the first line
        // feed after it is inside the quoted field opened on line 2.
        let text = "镇街,备注\na,\"" + String(repeating: "长", count: 200) + "\n"
            + String(repeating: "文", count: 200) + "\"\nb,1\n"
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let parts = try #require(try FilePart.planDeferred(path: path, minimumBytes: 0))
        #expect(parts[1].range.lowerBound == "镇街,备注\na,\"".utf8.count + 600 + 1)
        #expect(try parts[1].located(path: path) == nil)
        // And the first part, read up to there, ends inside a record.
        #expect(try records(path, part: parts[0]).aligned == false)
    }

    @Test func asciiStartsAreReadWhole() throws {
        let path = try write("a,b\n1,2\n3,4\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FilePart.plan(path: path, count: 2, minimumBytes: 0) == nil)
    }
}
