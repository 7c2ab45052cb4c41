import Foundation
import Testing

/// Command-line paths and periods that try to leave the reports folder or point at the
/// wrong kind of file: each a usage error (64), an input error (65) or an output error
/// (74) with a one-line reason, and nothing written outside `--out`.
@Suite struct PathTrickTests {
    static func periodMessage(_ period: String) -> String {
        "错误：“\(period)”不是有效的期间：应为 2018-10、2018-Q4、2018-H2 或 2018"
    }

    @Test(arguments: ["../../etc", "2018-12/../x", "", "2018-12/", "./2018-12", "2018-1", "2018-13", "2018-q4",
                      " 2018", "2018-Q4\n", "1899", "/tmp"])
    func periodThatIsNotAPeriodIsAUsageError(period: String) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let result = try scratch.run([], period: period)
        #expect(result.status == 64)
        #expect(result.reason == Self.periodMessage(period).split(separator: "\n", omittingEmptySubsequences: false)
            .first.map(String.init))
        #expect(result.stdout == "")
        // Nothing was created: not the reports folder, not anything beside it.
        #expect(!FileManager.default.fileExists(atPath: scratch.out))
        #expect(entries(scratch.root) == ["data", "reference"])
    }

    @Test func outThatIsARegularFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("reports", "不是文件夹\n")
        let result = try scratch.run()
        #expect(result.status == 74)
        #expect(result.reason == "错误：无法锁定输出目录 \(scratch.out)：无法打开：\(scratch.out)/.lock：Not a directory（errno 20）")
        #expect(try String(contentsOfFile: scratch.out, encoding: .utf8) == "不是文件夹\n")
    }

    @Test func dataThatIsARegularFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let file = scratch.path("data/coal_deliveries.csv")
        let result = try Tool.run(["run", "--period", "2018-12", "--data", file, "--reference", scratch.reference,
                                   "--out", scratch.out])
        #expect(result.status == 65)
        #expect(result.stderr == """
            错误：coal_quality.csv: 无法打开文件：路径中有一级不是文件夹
              coal_deliveries.csv: 无法打开文件：路径中有一级不是文件夹
              stove_installs.csv: 无法打开文件：路径中有一级不是文件夹
              food_inspections.csv: 无法打开文件：路径中有一级不是文件夹
              service_tickets.csv: 无法打开文件：路径中有一级不是文件夹

            """)
        #expect(!FileManager.default.fileExists(atPath: scratch.out + "/2018-12"))
    }

    @Test func referenceThatIsARegularFileIsAConfigurationError() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let file = scratch.path("data/coal_deliveries.csv")
        let result = try Tool.run(["run", "--period", "2018-12", "--data", scratch.data, "--reference", file,
                                   "--out", scratch.out])
        #expect(result.status == 64)
        #expect(result.reason == "错误：参考数据有误（\(file)）")
        #expect(result.stderr.contains("  townships.csv: 无法打开文件：路径中有一级不是文件夹\n"))
        #expect(!FileManager.default.fileExists(atPath: scratch.out))
    }

    @Test func symlinkedExportIsReadThroughItsLink() throws {
        // An export kept elsewhere and linked into the data folder is read like a file;
        // the manifest names the path the tool was given.
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let elsewhere = scratch.path("elsewhere.csv")
        try FileManager.default.moveItem(atPath: scratch.path("data/coal_deliveries.csv"), toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("data/coal_deliveries.csv"), withDestinationPath: elsewhere)
        let result = try scratch.run()
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOfFile: scratch.out + "/2018-12/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"path\" : \"\(scratch.data)/coal_deliveries.csv\""))
        #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == Scratch.miniExports["coal_deliveries.csv"])
    }

    @Test func symlinkLoopAndDanglingSymlink() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let coal = scratch.path("data/coal_deliveries.csv"), stoves = scratch.path("data/stove_installs.csv")
        try FileManager.default.removeItem(atPath: coal)
        try FileManager.default.removeItem(atPath: stoves)
        try FileManager.default.createSymbolicLink(atPath: coal, withDestinationPath: coal)
        try FileManager.default.createSymbolicLink(atPath: stoves, withDestinationPath: scratch.path("nowhere.csv"))
        let result = try scratch.run()
        #expect(result.status == 65)
        #expect(result.stderr == """
            错误：coal_deliveries.csv: 无法打开文件：符号链接层数过多（可能指向自身）
              stove_installs.csv: 无法打开文件：符号链接指向的文件不存在

            """)
    }

    @Test func symlinkToASystemFileIsNotAnExport() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let coal = scratch.path("data/coal_deliveries.csv")
        try FileManager.default.removeItem(atPath: coal)
        try FileManager.default.createSymbolicLink(atPath: coal, withDestinationPath: "/etc/passwd")
        let result = try scratch.run()
        #expect(result.status == 65)
        #expect(result.reason.hasPrefix("错误：coal_deliveries.csv:1: 第 1 行不是可识别的表头（缺少必需的列："))
    }

    @Test func jobsThatAreNotJobs() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let result = try scratch.run(["--jobs", "coal,../x"])
        #expect(result.status == 64)
        #expect(result.reason == "错误：未知的工作“../x”：可选 coal、food、service")
    }
}
