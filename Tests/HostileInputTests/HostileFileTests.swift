import CSVReader
import Foundation
import ReportInputs
import SharedTestSupport
import Testing

/// Whole files that cannot be used: each stops `run` with exit 65 and a one-line reason
/// naming the file (and the line and column where there is one), publishes nothing and
/// leaves its manifest in `.failed/2018-12/`. Run through the built `township-reports` on
/// the tiny data set of `Scratch`, with the one export made hostile.
@Suite struct HostileFileTests {
    static let coal = "data/coal_deliveries.csv"
    static let coalHeader = "登记编号,镇街,村居,户号,购买人,联系电话,煤炭品种,批号,购买数量(吨),购买单价(元),总金额(元),配送企业,配送人,配送日期"
    static let coalRow = "MJ-0001,博山镇,郭庄村,3703040101033,张传福,18918636084,洁净型煤,LT-20181201-01,1.5,820,1230.00,淄博鲁泰洁净煤有限公司,崔洪亮,2018-12-28"

    /// Runs 2018-12 and checks the failure's shape; returns the reason line.
    func failingRun(_ scratch: Scratch, extra: [String] = [],
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try scratch.run(extra)
        #expect(result.status == 65, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout == "", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: scratch.out + "/2018-12"), sourceLocation: sourceLocation)
        #expect(FileManager.default.fileExists(atPath: scratch.out + "/.failed/2018-12/manifest.json"),
                sourceLocation: sourceLocation)
        return result.reason
    }

    /// `failingRun`, whose reason must be exactly `reason`.
    func expectFailure(_ scratch: Scratch, reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = try failingRun(scratch, sourceLocation: sourceLocation)
        #expect(actual == reason, sourceLocation: sourceLocation)
    }

    @Test func emptyFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write(Self.coal, "")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1: 文件为空：没有表头")
    }

    @Test func headerOnlyIsPublishedWithARedFlagNotSilently() throws {
        // A header and no rows is a readable export saying "no deliveries": the run
        // publishes, and the summary's first section flags the empty export.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write(Self.coal, Self.coalHeader + "\r\n")
        let result = try scratch.run()
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try String(contentsOfFile: scratch.out + "/2018-12/summary.md", encoding: .utf8)
        #expect(summary.contains("| coal\\_deliveries.csv | UTF-8 | 0 | 0 | 0 | — |"))
        #expect(summary.contains("- 【提示】导出文件 coal\\_deliveries.csv 没有任何记录，超过 7 天：数据可能未及时报送，相关镇街的进度可能被低估"))
    }

    @Test func directoryWhereTheFileShouldBe() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try FileManager.default.removeItem(atPath: scratch.path(Self.coal))
        try FileManager.default.createDirectory(atPath: scratch.path(Self.coal), withIntermediateDirectories: false)
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv: 无法打开文件：这是一个目录，不是文件")
    }

    @Test func duplicateHeaders() throws {
        // 户号 and its English alias household_id name the same column.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write(Self.coal, Self.coalHeader.replacingOccurrences(of: "配送人", with: "household_id") + "\n"
                          + Self.coalRow + "\n")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1: 表头重复：“户号”与“household_id”都是“户号”列")
    }

    @Test func headerlessFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write(Self.coal, Self.coalRow + "\n" + Self.coalRow.replacingOccurrences(of: "MJ-0001", with: "MJ-0002") + "\n")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1: 第 1 行不是可识别的表头（缺少必需的列：登记编号/record_id、镇街/township、村居/village、户号/household_id、购买数量(吨)/tons、配送日期/date）")
    }

    @Test func fiftyMegabyteSingleField() throws {
        // An unquoted 50 MB village on line 3: stopped at the 1 MiB field cap, at the line
        // and column where it starts, long before the end of the file.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        var bytes = Array((Self.coalHeader + "\n" + Self.coalRow + "\nMJ-0002,博山镇,").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 50 << 20)
        bytes += Array(",3703040101034,李四,,洁净型煤,LT-20181201-01,1,820,820.00,淄博鲁泰洁净煤有限公司,崔洪亮,2018-12-28\n".utf8)
        try scratch.write(Self.coal, bytes: bytes)
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:3:3: 字段超过 1048576 字节上限（多半是该行开始的引号未闭合） — «xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…»")

        // The reader stopped within a chunk of the cap: it never held the 50 MB.
        let reader = CSVReader(path: scratch.path(Self.coal), name: "coal_deliveries.csv")
        #expect(throws: CSVReadError(.fieldTooLarge(limit: 1 << 20), file: "coal_deliveries.csv", line: 3, column: 3,
                                     snippet: String(repeating: "x", count: 30) + "…")) {
            try reader.forEachRecord { _ in }
        }
        #expect(reader.bytesRead <= (1 << 20) + 2 * 64 * 1024)
    }

    @Test func fiftyMegabyteQuotedField() throws {
        // The same inside quotes, closed at the end: still a 50 MB field.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        var bytes = Array((Self.coalHeader + "\n" + Self.coalRow + "\nMJ-0002,博山镇,\"").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "y"), count: 50 << 20)
        bytes += Array("\",3703040101034,李四,,洁净型煤,LT-20181201-01,1,820,820.00,淄博鲁泰洁净煤有限公司,崔洪亮,2018-12-28\n".utf8)
        try scratch.write(Self.coal, bytes: bytes)
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:3:3: 字段超过 1048576 字节上限（多半是该行开始的引号未闭合） — «yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…»")
    }

    @Test func hundredThousandColumnsInTheHeader() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let header = Self.coalHeader + "," + (1...100_000).map { "列\($0)" }.joined(separator: ",")
        try scratch.write(Self.coal, header + "\n" + Self.coalRow + "\n")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1:1001: 记录超过 1000 列上限")
    }

    @Test func hundredThousandColumnsInARow() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let row = Self.coalRow + String(repeating: ",0", count: 100_000)
        try scratch.write(Self.coal, Self.coalHeader + "\n" + Self.coalRow + "\n" + row + "\n")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:3:1001: 记录超过 1000 列上限")
    }

    @Test func runawayQuote() throws {
        // A stray quote on line 3 swallows the rest of the file: reported where it opened.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let rows = (2...50).map { Self.coalRow.replacingOccurrences(of: "MJ-0001", with: "MJ-\($0)") }
        try scratch.write(Self.coal, Self.coalHeader + "\n" + Self.coalRow + "\nMJ-0002,博山镇,\"郭庄村,1\n"
                          + rows.joined(separator: "\n") + "\n")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:3:3: 引号未闭合：该行开始的带引号字段直到文件末尾都没有结束 — «郭庄村,1⏎MJ-2,博山镇,郭庄村,37030401010…»")
    }

    @Test func utf16File() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write(Self.coal, bytes: [0xFF, 0xFE] + Array((Self.coalHeader + "\n").utf16).flatMap {
            [UInt8($0 & 0xFF), UInt8($0 >> 8)]
        })
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1: 不支持的编码 UTF-16，请另存为 UTF-8 或 GBK/GB18030")
    }

    @Test func utf16FileWithoutBOMIsNotTakenForAHeader() throws {
        // NUL bytes in the header (the high byte of each ASCII comma): an encoding error at
        // the first of them, with the likely cause.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write(Self.coal, bytes: Array((Self.coalHeader + "\n" + Self.coalRow + "\n").utf16).flatMap {
            [UInt8($0 & 0xFF), UInt8($0 >> 8)]
        })
        #expect(try failingRun(scratch).hasPrefix("错误：coal_deliveries.csv:1: 编码错误：表头含有无法按 GB18030（GBK）解码的字节（文件第 9 字节处，从 0 数起，是 NUL 字节：多半是没有 BOM 的 UTF-16 文件）"))
    }

    @Test func garbageAfterAValidHeaderStopsEarly() throws {
        // A valid header, then 2 MB of random bytes (seeded): every "line" a reject. The reader
        // stops once even the shortest good rows in the bytes left could not bring the rate
        // under 5%, long before the end; the rejects read so far are kept in .failed.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        var random = SplitMix64(seed: 16)
        var bytes = Array((Self.coalHeader + "\n").utf8)
        while bytes.count < 2_000_000 { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
        try scratch.write(Self.coal, bytes: bytes)
        let reason = try failingRun(scratch)
        #expect(reason.hasPrefix("错误：coal_deliveries.csv: 读到第 "), "\(reason)")
        #expect(reason.contains("行后提前停止：已拒收 "), "\(reason)")
        #expect(reason.hasSuffix("即使全是有效行，拒收率也会超过上限 5.0%；明细见 \(scratch.out)/.failed/2018-12/rejects/coal_deliveries.csv"),
                "\(reason)")
        let rejects = try String(contentsOfFile: scratch.out + "/.failed/2018-12/rejects/coal_deliveries.csv", encoding: .utf8)
        #expect(rejects.contains("编码错误"))
    }

    @Test func fifoWithoutAWriterDoesNotHang() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try FileManager.default.removeItem(atPath: scratch.path(Self.coal))
        #expect(mkfifo(scratch.path(Self.coal), 0o644) == 0)
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1: 文件为空：没有表头")
    }

    @Test func fifoWithASilentWriterStopsAfterTheStallLimit() throws {
        // The writer holds the pipe open and writes a header, then nothing: the read blocks.
        // With run.read_stall_seconds: 2 the run stops with exit 74 naming the file, instead
        // of holding the lock for ever; nothing is published, and the next run is not locked out.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let policy = scratch.reference + "/policy.yaml"
        let text = try String(contentsOfFile: policy, encoding: .utf8)
            .replacingOccurrences(of: "read_stall_seconds: 600", with: "read_stall_seconds: 2")
        try text.write(toFile: policy, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: scratch.path(Self.coal))
        #expect(mkfifo(scratch.path(Self.coal), 0o644) == 0)
        let writer = open(scratch.path(Self.coal), O_RDWR)
        #expect(writer >= 0)
        defer { close(writer) }
        let header = Array((Self.coalHeader + "\n").utf8)
        #expect(write(writer, header, header.count) == header.count)
        let started = Date()
        let result = try scratch.run([])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.reason == "错误：读取 coal_deliveries.csv 已 2 秒没有进展（管道没有数据写入，或文件所在的存储没有响应），本次运行中止，已发布的报表未改动；上限见策略 run.read_stall_seconds")
        #expect(seconds < 15, "stopped after \(seconds) s")
        #expect(!FileManager.default.fileExists(atPath: scratch.out + "/2018-12"))
        // The lock died with the process: a second run is not refused as locked (it stalls
        // again on the same pipe, so exit 74, not 75).
        #expect(try scratch.run([]).status == 74)
    }

    @Test func devNullAndDevUrandomBehindTheExportName() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try FileManager.default.removeItem(atPath: scratch.path(Self.coal))
        try FileManager.default.createSymbolicLink(atPath: scratch.path(Self.coal), withDestinationPath: "/dev/null")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1: 文件为空：没有表头")
        // An endless stream of random bytes: the header search gives up within its first
        // records, and names the undecodable header (not a missing column).
        try FileManager.default.removeItem(atPath: scratch.path(Self.coal))
        try FileManager.default.createSymbolicLink(atPath: scratch.path(Self.coal), withDestinationPath: "/dev/urandom")
        let reason = try failingRun(scratch)
        #expect(reason.hasPrefix("错误：coal_deliveries.csv:"), "\(reason)")
        #expect(reason.contains(": 编码错误：表头含有无法按 "), "\(reason)")
    }

    @Test func aMillionCommas() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write(Self.coal, String(repeating: ",", count: 1_000_000) + "\n")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1:1001: 记录超过 1000 列上限")
    }

    @Test func utf32AndADoubleByteOrderMark() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let text = Self.coalHeader + "\n" + Self.coalRow + "\n"
        try scratch.write(Self.coal, bytes: [0xFF, 0xFE, 0, 0] + Array(text.unicodeScalars).flatMap { scalar in
            withUnsafeBytes(of: scalar.value.littleEndian, Array.init)
        })
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1: 不支持的编码 UTF-32，请另存为 UTF-8 或 GBK/GB18030")
        // Two UTF-8 byte-order marks (a file saved twice by a BOM-adding editor): the second
        // is taken as part of the first header, which still matches; the row is used.
        try scratch.write(Self.coal, bytes: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let result = try scratch.run([])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func devZeroBehindTheExportName() throws {
        // An endless stream of NUL bytes: stopped at the field cap, message still text.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try FileManager.default.removeItem(atPath: scratch.path(Self.coal))
        try FileManager.default.createSymbolicLink(atPath: scratch.path(Self.coal), withDestinationPath: "/dev/zero")
        try expectFailure(scratch, reason: "错误：coal_deliveries.csv:1:1: 字段超过 1048576 字节上限（多半是该行开始的引号未闭合） — «"
                + String(repeating: "\u{FFFD}", count: 30) + "…»")
    }
}
