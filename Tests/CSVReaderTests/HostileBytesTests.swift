import SharedTestSupport
import Foundation
import Testing
@testable import CSVReader

/// Bytes that decode without complaint but are not text of the file's encoding: NUL bytes,
/// and a UTF-8 row inside a GB18030 export. Found while building the hostile-input corpus
/// (Tests/HostileInputTests, RELIABILITY.md): both used to be read as ordinary text, so a
/// row could be accepted with a NUL in a name or with wrong characters in a supplier name.
@Suite struct HostileBytesTests {
    @Test(arguments: [16, 17, 4096])
    func nulBytesFlagTheirRecord(chunkSize: Int) throws {
        let bytes = Array("登记编号,购买人\nA1,张\u{0}三\nA2,李四\n\"A3\u{0}\",王五\n".utf8)
        let (records, encoding) = try readAll(bytes, chunkSize: chunkSize)
        #expect(encoding == .utf8)
        #expect(records == [
            ReadRecord(line: 1, fields: ["登记编号", "购买人"]),
            ReadRecord(line: 2, fields: ["A1", "张\u{0}三"], invalidBytesLine: 2),
            ReadRecord(line: 3, fields: ["A2", "李四"]),
            ReadRecord(line: 4, fields: ["A3\u{0}", "王五"], invalidBytesLine: 4),
        ])
    }

    @Test func fileEndingInNULPaddingFlagsThePaddingOnly() throws {
        // A copy interrupted and padded with zeros: the padding is one last, damaged record.
        let bytes = Array("a,b\n1,2\n".utf8) + [UInt8](repeating: 0, count: 100)
        let (records, _) = try readAll(bytes)
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.map(\.invalidBytesLine) == [nil, nil, 3])
    }

    @Test(arguments: [16, 17, 61, 4096])
    func utf8RowInAGB18030FileIsFlagged(chunkSize: Int) throws {
        // GBK export (CRLF) with one row pasted in UTF-8 (line 3): iconv would decode that
        // row as other Chinese characters without complaint.
        let gbk = GB18030Text.encode
        let bytes = gbk("批号,供应企业,煤炭品种\r\nB1,淄博鲁泰洁净煤有限公司,洁净型煤\r\n")
            + Array("B2,淄博恒昌兰炭销售有限公司,兰炭\r\n".utf8)
            + gbk("B3,淄博金炉节能设备有限公司,兰炭\r\n")
        let (records, encoding) = try readAll(bytes, chunkSize: chunkSize)
        #expect(encoding == .gb18030)
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records.map(\.invalidBytesLine) == [nil, nil, 3, nil])
        #expect(records[1].fields == ["B1", "淄博鲁泰洁净煤有限公司", "洁净型煤"])
        #expect(records[3].fields == ["B3", "淄博金炉节能设备有限公司", "兰炭"])
    }

    @Test func gb18030LineWhosePairsAlsoReadAsTwoByteUTF8IsKept() throws {
        // 源泉 in GB18030 is d4 b4 c8 aa, also well-formed UTF-8 (ԴȪ): a genuine GBK row of
        // such pairs and ASCII (found by the DuckDB peer's session) is GB18030, not pasted UTF-8.
        let gbk = GB18030Text.encode
        #expect(gbk("源泉") == [0xD4, 0xB4, 0xC8, 0xAA])
        let bytes = gbk("登记编号,镇街\r\nMJ1,城东街道\r\n") + gbk("MJ2,源泉\r\n") + gbk("MJ3,池上镇\r\n")
        let (records, encoding) = try readAll(bytes)
        #expect(encoding == .gb18030)
        #expect(records.map(\.invalidBytesLine) == [nil, nil, nil, nil])
        #expect(records[2].fields == ["MJ2", "源泉"])
    }

    @Test func utf8LastLineWithoutNewlineInAGB18030FileIsFlagged() throws {
        let bytes = GB18030Text.encode("批号,供应企业\nB1,淄博鲁泰洁净煤有限公司\n") + Array("B2,恒昌兰炭".utf8)
        let (records, _) = try readAll(bytes)
        #expect(records.map(\.invalidBytesLine) == [nil, nil, 3])
    }

    @Test func gb18030FixtureAndSampleHaveNoLineThatReadsAsUTF8() throws {
        // The shipped GB18030 sample (21 242 lines) and the fixture: nothing flagged.
        #expect(try readFile(fixture("gb18030_crlf.csv")).records.allSatisfy { $0.invalidBytesLine == nil })
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let (records, encoding) = try readFile(repository.path + "/datasets/sample/coal_deliveries.csv")
        #expect(encoding == .gb18030)
        #expect(records.count == 21_242)
        #expect(records.allSatisfy { $0.invalidBytesLine == nil })
    }

}

/// Paths that are not a plain file: each a clear error or an empty read, never a hang.
@Suite struct HostilePathTests {
    static func error(reading path: String) -> CSVReadError? {
        do {
            try CSVReader(path: path, name: "x.csv").forEachRecord { _ in }
            return nil
        } catch {
            return error as? CSVReadError
        }
    }

    @Test func fifoWithoutAWriterReadsAsEmptyInsteadOfHanging() throws {
        let folder = NSTemporaryDirectory() + "fifo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/x.csv", 0o644) == 0)
        var count = 0
        try CSVReader(path: folder + "/x.csv", name: "x.csv").forEachRecord { _ in count += 1 }
        #expect(count == 0)
    }

    @Test func symbolicLinkLoopDanglingLinkAndAFileUsedAsAFolder() throws {
        let folder = NSTemporaryDirectory() + "links-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(symlink(folder + "/loop.csv", folder + "/loop.csv") == 0)
        #expect(symlink(folder + "/missing.csv", folder + "/dangling.csv") == 0)
        #expect(FileManager.default.createFile(atPath: folder + "/file", contents: Data("a\n".utf8)))
        #expect(Self.error(reading: folder + "/loop.csv")
                == CSVReadError(.cannotOpen(reason: "符号链接层数过多（可能指向自身）"), file: "x.csv"))
        #expect(Self.error(reading: folder + "/dangling.csv") == CSVReadError(.cannotOpen(reason: "符号链接指向的文件不存在"), file: "x.csv"))
        #expect(Self.error(reading: folder + "/file/x.csv")
                == CSVReadError(.cannotOpen(reason: "路径中有一级不是文件夹"), file: "x.csv"))
    }

    @Test func errorSnippetShowsControlCharactersAsReplacementCharacters() throws {
        // /dev/zero behind an export's name: a NUL field that never ends stops at the cap,
        // and the message stays printable text (no NUL reaches the terminal or cron log).
        var limits = CSVReader.Limits()
        limits.maxFieldBytes = 100
        let error = #expect(throws: CSVReadError.self) {
            _ = try readAll([UInt8](repeating: 0, count: 1000), limits: limits)
        }
        #expect(error?.kind == .fieldTooLarge(limit: 100))
        #expect(error?.line == 1)
        #expect(error?.snippet == String(repeating: "\u{FFFD}", count: 30) + "…")
    }
}
