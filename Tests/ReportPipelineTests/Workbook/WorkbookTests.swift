import Foundation
import Testing
@testable import ReportPipeline
import OfficeDocuments
import ReportCore
import ReportPublish
import SharedTestSupport

/// How CSV columns become typed workbook columns, worked out by hand.
@Suite struct WorkbookColumnTypingTests {
    func columns(_ csv: String, allText: Bool = false) -> [WorkbookColumnFormat] {
        ReportWorkbook.layout(Array(("\u{FEFF}" + csv).utf8), allText: allText).columns.map(\.format)
    }

    @Test func identifiersAndListsAreTextFiguresByTheirDecimals() {
        let csv = "户号,联系电话,行号,户数,购买数量(吨),金额(元),完成率(%),配送日期,受理时间,镇街\r\n"
            + "3703040101001,05331234567,\"1080、2233\",3,1.500,180.00,96.4,2018-12-03,2018-12-03 09:00:00,源泉镇\r\n"
            + "3703040101002,13812345678,17,12,2.000,0.00,,2018-12-04,2018-12-04 10:30:00,博山镇\r\n"
        #expect(columns(csv) == [.text, .text, .text, .integer, .tons, .yuan, .rate, .date, .dateTime, .text])
    }

    @Test func aColumnWithOneNonNumberIsTextThroughout() {
        // 排名 holds 不参与排名 in one row: the whole column is text, never mixed.
        #expect(columns("排名,得分\r\n1,75.0\r\n不参与排名,\r\n") == [.text, .rate])
        // An empty column is text; a rejects file is text throughout.
        #expect(columns("备注\r\n\r\n") == [.text])
        #expect(columns("行号,购买数量(吨)\r\n4,-0.75\r\n", allText: true) == [.text, .text])
    }

    @Test func cellsLoseOnlyTheFormulaGuard() {
        // One CSV row as the workbook takes it: text columns 0–2 and 4, a number column 3.
        var row = WorkbookTextRow()
        for text in ["'=cmd|' /C calc'!A0", "'-0.75", "'引号'", "'-12", "'@x"] { row.append(cell: Array(text.utf8)[...]) }
        WorkbookCells.dropFormulaGuards(&row, textColumns: [0, 1, 2, 4])
        #expect((0..<row.count).map(row.string) == ["=cmd|' /C calc'!A0", "-0.75", "'引号'", "'-12", "@x"])
        #expect(!WorkbookCells.isFormulaGuarded(Array("'".utf8)[...]))
        #expect(WorkbookCells.isFormulaGuarded(Array("'\t".utf8)[...]))
    }

    @Test func readsBackTheCSVWriterFormat() {
        let rows = Array(ReportCSVRows(bytes: Array("\u{FEFF}a,b\r\n\"x,\"\"y\"\"\",\r\n".utf8)))
        #expect(rows == [["a", "b"], ["x,\"y\"", ""]])
    }
}

/// `报表.xlsx` of a run, read back with openpyxl (`scripts/check-workbook.py`, from the
/// venv `scripts/install-render-deps.sh` makes) and converted by LibreOffice.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: TestRepository.path + "/.venv-render/bin/python")))
struct WorkbookReadBackTests {
    /// The small fixture with a landline starting with 0 on its rejected row (M004, unknown
    /// township), published with --unmasked.
    static func publish(maxRowsPerSheet: Int? = nil) throws -> (fixture: PipelineFixture, folder: String) {
        let fixture = try PipelineFixture()
        let path = fixture.data + "/coal_deliveries.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "370304300001,赵六,,", with: "370304300001,赵六,05334123456,")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var configuration = fixture.configuration(maxRejectRate: 500)
        configuration.unmasked = true
        let folder = try ReportRun(configuration).execute().folder
        return (fixture, folder)
    }

    static func check(_ folder: String) throws -> [String: Any] {
        let pairs = ReportWorkbook.sources(FolderSnapshot.files(folder).mapValues { Array($0) }).map { "\($0.name)=\($0.path)" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestRepository.path + "/.venv-render/bin/python")
        process.arguments = [TestRepository.path + "/scripts/check-workbook.py", folder + "/报表.xlsx", folder] + pairs
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    @Test func everySheetEqualsItsCSVWithTypedCells() throws {
        let (fixture, folder) = try Self.publish()
        defer { fixture.cleanUp() }
        let result = try Self.check(folder)
        #expect((result["mismatches"] as? [String]) == [], "\(result["mismatches"] ?? "")")
        let sheets = try #require(result["sheets"] as? [String])
        #expect(sheets.first == "说明")
        #expect(sheets.contains("煤炭-分户补贴") && sheets.contains("政务-超期在办") && sheets.contains("拒收-coal_deliveries"))
        #expect(sheets.allSatisfy { $0.count <= 31 })
        let columns = try #require(result["columns"] as? [String: [String: [String]]])
        let households = try #require(columns["煤炭-分户补贴"])
        // 户号 of the fixture, unmasked, as text character for character.
        #expect(households["户号"]?[0] == "s" && households["户号"]?[2] == "370304100001")
        let subsidyColumn = try #require(households.first { $0.key.contains("补贴") && $0.key.contains("元") })
        #expect(subsidyColumn.value[0] == "n" && subsidyColumn.value[1] == "0.00")
        let tons = try #require(households.first { $0.key.contains("吨") })
        #expect(tons.value[0] == "n" && tons.value[1] == "0.000")
        // The landline keeps its 0 in the rejects sheet (all text) and the anomalies are text lists.
        let rejects = try #require(columns["拒收-coal_deliveries"])
        #expect(rejects.values.allSatisfy { $0[0] == "s" })
        let frozen = try #require(result["frozen"] as? [String: String?])
        #expect(frozen["煤炭-分户补贴"] == "A2")
        let filters = try #require(result["filters"] as? [String: String?])
        #expect((filters["煤炭-分户补贴"] ?? nil)?.hasPrefix("A1:") == true)
        // 说明 gives each column its meaning from the README, read back by openpyxl.
        let notes = try #require(result["notes"] as? [[Any]])
        let row = notes.first { ($0.count > 2) && ($0[1] as? String) == "列：补贴数量(吨)" }
        #expect(row?[2] as? String == "min(可补贴数量, cap) [t]")
    }

    @Test func aLandlineWithItsZeroStaysText() throws {
        let (fixture, folder) = try Self.publish()
        defer { fixture.cleanUp() }
        let result = try Self.check(folder)
        let columns = try #require(result["columns"] as? [String: [String: [String]]])
        // M004 is rejected: its phone is in the rejects file, unmasked; the sheet holds the
        // same text (a number would have lost the 0, which check-workbook.py reports).
        let csv = try String(contentsOfFile: folder + "/rejects/coal_deliveries.csv", encoding: .utf8)
        #expect(csv.contains(",05334123456,"))
        let phones = try #require(columns["拒收-coal_deliveries"]?["联系电话"])
        #expect(phones[0] == "s" && phones[1] == "@")
        #expect((result["mismatches"] as? [String]) == [])
    }

    @Test func aSheetPastTheRowLimitContinuesAndTheNotesSaySo() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let result = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        var files = FolderSnapshot.files(result.folder).mapValues { Array($0) }
        files["报表.xlsx"] = nil
        let manifest = try Manifest.decode(files["manifest.json"]!)
        // Three rows per sheet (header + 2): the 5 rows of the data-quality CSV need 3 sheets.
        let bytes = try ReportWorkbook.bytes(files: files, manifest: manifest, maxRowsPerSheet: 3)
        let path = result.folder + "/split.xlsx"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: result.folder + "/报表.xlsx")
        try FileManager.default.moveItem(atPath: path, toPath: result.folder + "/报表.xlsx")
        let check = try Self.check(result.folder)
        #expect((check["mismatches"] as? [String]) == [], "\(check["mismatches"] ?? "")")
        let sheets = try #require(check["sheets"] as? [String])
        let rows = Array(ReportCSVRows(bytes: files["data_quality.csv"]!)).count - 1
        #expect(rows > 2)
        #expect(sheets.contains("数据质量（2）"))
    }
}
