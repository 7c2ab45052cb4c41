import Foundation
import Testing
@testable import ReportInputs

/// A sheet saved from an Excel form (附件4): title rows, 序号, trailing empty columns,
/// blank rows and 合计 rows.
@Suite struct FormLayoutTests {
    static let form = """
        博山区节能炉具安装登记表,,,,,,,,
        填报单位：源泉镇,,,填报日期：2019年1月8日,,,,,
        ,,,,,,,,
        序号,登记编号,镇街,村居,户号,购买数量（台）,总金额（元）,安装日期,,
        1,LJ-1,源泉镇,东村,3703040101001,1,"1,980.00",2018-10-08,,
        2,LJ-2,源泉镇,东村,3703040101002,1台,"¥1,280.00",2018-10-09T10:30:00,,
        ,,,,,,,,
        3,LJ-3,源泉镇,西村,3703040101003,1,980,2018-10-10,,
        ,小计,,,,3,4240.00,,,
        4,LJ-4,火星镇,北村,3703040101004,1,1980,2018-10-10,,
        5,LJ-5,源泉镇,北村,3.70304E+12,1,1980,2018-10-10,,
        合计,,,,,5,8000.00,,,

        """

    @Test func titleRowsSerialColumnBlankAndTotalRowsAreLayoutNotData() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("stove_installs.csv", Self.form)
        var rows: [(StoveInstall, Int)] = []
        let report = try InputTable<StoveInstallFile>.read(path: path, context: smallContext()) { row, line in
            rows.append((row, line))
            return nil
        }
        // Five data rows (lines 5, 6, 8, 10, 11); the blank line 7 and the 小计/合计 rows are not rows.
        #expect(report.headerLine == 4)
        #expect(report.rowsRead == 5)
        #expect(rows.map(\.1) == [5, 6, 8])
        #expect(rows.map(\.0.count) == [1, 1, 1])
        #expect(rows.map(\.0.amountFen) == [198_000, 128_000, 98_000])
        #expect(rows[1].0.day.description == "2018-10-09")
        // Rejected: an unknown township (line 10) and a household id in scientific notation (line 11).
        #expect(report.rejects.map { "\($0.line) \($0.reject.kind.rawValue)" } == ["10 未知镇街", "11 被Excel改坏的值"])
        #expect(report.rejects[1].reject.column == "户号")
        #expect(report.rejects[1].reject.detail.hasPrefix("“3.70304E+12”是科学计数法"))
        // 序号 is not an unknown column; the layout is reported with its lines.
        #expect(report.unknownHeaders.isEmpty)
        #expect(report.accepted["表头之前的标题、填报单位或空行已跳过"]?.lines == [1, 2, 3])
        #expect(report.accepted["“序号”列（表格序号）已忽略"]?.lines == [4])
        #expect(report.accepted["空行（只有分隔符）已跳过"]?.lines == [7])
        #expect(report.accepted["“小计”行不计入数据"]?.lines == [9])
        #expect(report.accepted["“合计”行不计入数据"]?.lines == [12])
        #expect(report.accepted.keys.contains { $0.hasPrefix("“购买数量（台）”的取值带单位") })
        #expect(report.totalsRows == 2)
        // 小计 = lines 5–8: 3 stoves, 1980 + 1280 + 980 = 4240.00 yuan: consistent. 合计: the
        // rows used sum to 3 stoves / 4240.00, every parsable row to 5 / 8200.00; the form says
        // 5 stoves (matches all rows) and 8000.00 (matches neither): one warning.
        #expect(report.warnings == ["第 12 行：“总金额（元）”合计为 8000.00，采用的行相加为 4240.00，所有可读的行相加为 8200.00"])
    }

    @Test func theHeaderIsLookedForInTheFirstTenRecordsOnly() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let titles = String(repeating: "说明文字,,\n", count: 10)
        let path = folder.write("stove_installs.csv", titles + "登记编号,镇街,村居,户号,购买数量(台),安装日期\n")
        #expect(throws: InputFileError.self) {
            _ = try InputTable<StoveInstallFile>.read(path: path, context: smallContext())
        }
        // A header missing a column is named at its own line, after the title rows.
        let short = folder.write("short.csv", "登记表\n登记编号,镇街,村居,户号,安装日期\nLJ-1,源泉镇,东村,1,2018-10-08\n")
        do {
            _ = try InputTable<StoveInstallFile>.read(path: short, context: smallContext())
            Issue.record("a header without 购买数量 must not be usable")
        } catch let error as InputFileError {
            #expect(error.description == "stove_installs.csv:2: 缺少必需的列：购买数量(台)/count")
        }
    }

    @Test func leadingZerosStrippedByExcelAreRejected() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("stove_installs.csv", """
            登记编号,镇街,村居,户号,联系电话,购买数量(台),安装日期
            LJ-1,源泉镇,东村,0370304001,05334123456,1,2018-10-08
            LJ-2,源泉镇,东村,370304002,5334123457,1,2018-10-08
            LJ-3,源泉镇,东村,0370304003,13812345678,1,2018-10-08

            """)
        let report = try InputTable<StoveInstallFile>.read(path: path, context: smallContext())
        // Line 3: the household id lost its leading 0 (the column's ids start with 0 and have
        // 10 digits) — the first problem found names it.
        #expect(report.rejects.map(\.line) == [3])
        #expect(report.rejects[0].reject.column == "户号")
        #expect(report.rejects[0].reject.detail == "“370304002”疑似被 Excel 去掉了开头的 0（该列其他编号以 0 开头）：请把该列设为文本后重新导出")
    }
}
