import Foundation
import OfficeDocuments
import Testing

/// The sample workbook opened by independent readers: openpyxl (from `.venv-render/`, via
/// `scripts/inspect-xlsx.py`) reads types, values, formats, panes and filters; LibreOffice Calc
/// converts it to PDF and poppler reads the text back. `scripts/install-render-deps.sh`
/// installs both; each test is skipped when its tool is missing.
@Suite struct WorkbookReaderTests {
    /// The venv's Python, when it can import openpyxl.
    static let openpyxlPython: String? = {
        let python = Repository.root.appendingPathComponent(".venv-render/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python),
              let probe = try? ExternalTool.run(python, ["-c", "import openpyxl"], timeout: 60), probe.status == 0
        else { return nil }
        return python
    }()

    @Test(.enabled(if: openpyxlPython != nil, "no .venv-render with openpyxl: scripts/install-render-deps.sh"),
          .timeLimit(.minutes(2)))
    func openpyxlReadsTypesValuesAndFormats() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("明细.xlsx")
        _ = try WorkbookFixture.writeSample(to: url)
        let script = Repository.root.appendingPathComponent("scripts/inspect-xlsx.py")
        let output = try ExternalTool.run(try #require(Self.openpyxlPython), [script.path, url.path])
        #expect(output.status == 0, "inspect-xlsx.py: \(output.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(report["epoch"] as? String == "1899-12-30T00:00:00")
        let sheets = try #require(report["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["title"] as? String } == ["煤炭配送", "说明"])
        #expect(sheets.map { $0["freeze_panes"] as? String } == ["A2", "A2"])
        #expect(sheets.map { $0["auto_filter"] as? String } == ["A1:H3", "A1:A2"])
        let widths = try #require(sheets[0]["widths"] as? [String: Double])
        #expect(widths["A"] == 16 && widths["D"] == 12.5 && widths["H"] == 20)

        let rows = try #require(sheets[0]["rows"] as? [[[String: Any]]])
        #expect(rows.count == 3 && rows.allSatisfy { $0.count == 8 })
        #expect(rows[0].map { $0["value"] as? String }
            == ["户号", "联系电话", "吨数", "补贴金额", "合格率", "户数", "配送日期", "签收时间"])
        func cell(_ row: Int, _ column: Int) -> (value: Any?, kind: String?, type: String?, format: String?) {
            let cell = rows[row][column]
            return (cell["value"], cell["kind"] as? String, cell["data_type"] as? String, cell["number_format"] as? String)
        }
        // IDs and phones stay text, character for character.
        for (row, column, text) in [(1, 0, "3703040101001"), (1, 1, "05331234567"), (2, 0, "3703040101002"),
                                    (2, 1, "=HYPERLINK(\"x\")")] {
            let found = cell(row, column)
            #expect(found.value as? String == text && found.type == "s" && found.format == "@", "\(row),\(column)")
        }
        // Numbers are numbers in their column's format.
        let numbers: [(Int, Int, Double, String, String)] = [
            (1, 2, 1.5, "0.000", "float"), (1, 3, 180, "0.00", "float"), (1, 4, 96.4, "0.0", "float"),
            (1, 5, 12, "0", "int"), (2, 2, -0.75, "0.000", "float"), (2, 4, 100, "0.0", "float"), (2, 5, 0, "0", "int"),
        ]
        for (row, column, value, format, kind) in numbers {
            let found = cell(row, column)
            #expect((found.value as? NSNumber)?.doubleValue == value, "\(row),\(column): \(String(describing: found.value))")
            #expect(found.type == "n" && found.format == format && found.kind == kind, "\(row),\(column)")
        }
        // Dates and date-times are datetimes in their formats.
        let dates: [(Int, Int, String, String)] = [
            (1, 6, "2018-12-03T00:00:00", "yyyy-mm-dd"), (1, 7, "2018-12-03T09:00:00", "yyyy-mm-dd hh:mm:ss"),
            (2, 6, "2019-01-31T00:00:00", "yyyy-mm-dd"),
        ]
        for (row, column, value, format) in dates {
            let found = cell(row, column)
            #expect(found.value as? String == value && found.kind == "datetime" && found.format == format, "\(row),\(column)")
        }
        // Empty cells are absent.
        #expect(cell(2, 3).kind == "NoneType" && cell(2, 7).kind == "NoneType")
    }

    @Test(.enabled(if: ExternalTool.soffice != nil, "LibreOffice (soffice) is not installed: scripts/install-render-deps.sh"),
          .timeLimit(.minutes(5)))
    func libreOfficeConvertsTheWorkbookToPDF() throws {
        let folder = try WorkbookFixture.folder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("home"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("明细.xlsx")
        let writer = try WorkbookWriter(path: url.path)
        try writer.beginSheet(name: "煤炭配送", columns: WorkbookFixture.deliveryColumns)
        for row in WorkbookFixture.deliveryRows { try writer.appendRow(row) }
        try writer.appendRow([.text("_x0041_ <&> 源泉镇")])
        try writer.finish()

        var environment = ["HOME": folder.appendingPathComponent("home").path]
        let fonts = Repository.root.appendingPathComponent("scripts/render-fonts.conf")
        if FileManager.default.fileExists(atPath: fonts.path) { environment["FONTCONFIG_FILE"] = fonts.path }
        let convert = try ExternalTool.run(try #require(ExternalTool.soffice),
                                           ["--headless", "--convert-to", "pdf", "--outdir", folder.path, url.path],
                                           environment: environment)
        let pdf = folder.appendingPathComponent("明细.pdf")
        #expect(convert.status == 0, "soffice: \(convert.stderr)")
        try #require(FileManager.default.fileExists(atPath: pdf.path), "soffice wrote no PDF: \(convert.stdout) \(convert.stderr)")

        let pdftotext = try #require(ExternalTool.find("pdftotext"), "poppler-utils missing")
        let text = try ExternalTool.run(pdftotext, ["-layout", pdf.path, "-"]).stdout
        // Shown as typed and formatted: IDs not in scientific notation, the phone's leading zero,
        // the formats' decimals, dates as yyyy-mm-dd, the text exactly (no _xHHHH_ decoding of it;
        // the formula-like text is cut at its column's width, not evaluated).
        for shown in ["户号", "签收时间", "3703040101001", "05331234567", "1.500", "180.00", "96.4", "-0.750",
                      "100.0", "2018-12-03", "2018-12-03 09:00:00", "2019-01-31", "=HYPERLINK(\"x\"",
                      "_x0041_ <&> 源泉镇"] {
            #expect(text.contains(shown), "\(shown) in \(text)")
        }
        #expect(!text.contains("E+12") && !text.contains("\u{FFFD}"))
    }
}
