import Foundation
import SharedTestSupport
import Testing
@testable import ReportPipeline

/// The 说明 sheet's column meanings come from README.md through a generated file.
@Suite struct ColumnMeaningsTests {
    /// `ColumnMeanings.swift` is what the script makes of today's README.
    @Test func theGeneratedFileIsCurrent() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestRepository.path + "/scripts/extract-column-meanings.py",
                             TestRepository.path + "/README.md"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try Data(contentsOf: URL(fileURLWithPath: TestRepository.path
                                                  + "/Sources/ReportPipeline/Workbook/ColumnMeanings.swift"))
        #expect(data == committed, "run scripts/extract-column-meanings.py > Sources/ReportPipeline/Workbook/ColumnMeanings.swift")
    }

    /// Texts as the README tables write them, markup dropped, unit in brackets; a header
    /// cell naming a column per report (`部门 / 受理大厅 / …`) or several (`镇街, 村居`).
    @Test func meaningsPerReportAndColumn() {
        #expect(ReportWorkbook.meaning(of: "补贴数量(吨)", in: "coal/subsidy_households.csv") == "min(可补贴数量, cap) [t]")
        #expect(ReportWorkbook.meaning(of: "受理大厅", in: "service/hall_indicators.csv") == "the group [text]")
        #expect(ReportWorkbook.meaning(of: "受理量", in: "service/hall_indicators.csv")
                == "tickets received within the period [tickets]")
        #expect(ReportWorkbook.meaning(of: "炉具型号", in: "coal/stove_village_company.csv")
                == "the cell (empty parts on subtotal/total rows)")
        #expect(ReportWorkbook.meaning(of: "行号", in: "rejects/coal_deliveries.csv") == "该行在文件中的行号（表头为第 1 行）")
        #expect(ReportWorkbook.meaning(of: "没有这列", in: "coal/subsidy_households.csv") == "")
    }
}
