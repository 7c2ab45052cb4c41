import CSVReader
import Foundation
import Testing
@testable import ReportPipeline
import ReportInputs

/// `rejects/<file>` when a file rejects more rows than are listed in full (`RejectBudget`).
@Suite struct RejectsFileTests {
    @Test func rowsPastTheListedBudgetAreSummedUpInTheLastLine() throws {
        let folder = NSTemporaryDirectory() + "rejects-file-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var text = "登记编号,镇街,村居,户号,购买数量(台),安装日期\n"
        for n in 1...5 { text += "LJ-\(n),源泉镇,东村,\(1000 + n),很多,2018-10-08\n" }
        text += "LJ-9,无此镇,东村,1009,1,2018-10-08\n"
        let path = folder + "/stove_installs.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let reference = try ReferenceData.load(directory: PipelineFixture.repository + "/datasets/reference")
        let context = ExportContext(reference: reference, policy: try BuiltInPolicy.load())
        // 39 field bytes a row: a budget of 80 lists two rows.
        let report = try InputTable<StoveInstallFile>.read(path: path, context: context,
                                                          budget: RejectBudget(listedBytes: 80))
        var rows: [[String]] = []
        try CSVReader(bytes: RejectsFile.render(report, unmasked: false), name: "rejects").forEachRecord {
            rows.append($0.strings)
        }
        #expect(rows.count == 1 + 2 + 1)
        #expect(rows[1][1] == "2" && rows[2][1] == "3")
        #expect(rows[3][0] == "stove_installs.csv")
        #expect(rows[3][1] == "")
        #expect(rows[3][4] == "另有 4 行拒收未逐行列出（明细已达每个文件 4 MB 的上限）：数字格式错误 3 行、未知镇街 1 行")
    }
}
