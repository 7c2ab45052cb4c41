import Foundation
import OfficeDocuments
import Testing

/// The realistic 通报 opened by independent tools: LibreOffice converts it to PDF, poppler
/// measures and reads the PDF, python-docx (from `.venv-render/`, when present) reads the
/// .docx itself. `scripts/install-render-deps.sh` installs them all; without LibreOffice the
/// test is skipped.
@Suite struct RenderEndToEndTests {
    @Test(.enabled(if: ExternalTool.soffice != nil, "LibreOffice (soffice) is not installed: scripts/install-render-deps.sh"),
          .timeLimit(.minutes(5)))
    func libreOfficeAndPythonDocxReadTheNotice() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("office-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("home"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("通报.docx")
        try Data(try DocxWriter.render(SampleNotice.realistic)).write(to: docx)

        try checkPDF(of: docx, in: folder)
        try checkWithPythonDocx(docx)
    }

    /// soffice → PDF; pdfinfo: A4; pdftotext: the title, a ranking cell, the page number.
    private func checkPDF(of docx: URL, in folder: URL) throws {
        var environment = ["HOME": folder.appendingPathComponent("home").path]
        let fonts = Repository.root.appendingPathComponent("scripts/render-fonts.conf")
        if FileManager.default.fileExists(atPath: fonts.path) { environment["FONTCONFIG_FILE"] = fonts.path }
        let convert = try ExternalTool.run(try #require(ExternalTool.soffice),
                                           ["--headless", "--convert-to", "pdf", "--outdir", folder.path, docx.path],
                                           environment: environment)
        let pdf = folder.appendingPathComponent("通报.pdf")
        #expect(convert.status == 0, "soffice: \(convert.stderr)")
        #expect(FileManager.default.fileExists(atPath: pdf.path), "soffice wrote no PDF: \(convert.stdout) \(convert.stderr)")

        let info = try ExternalTool.run(try #require(ExternalTool.find("pdfinfo"), "poppler-utils missing"), [pdf.path])
        let sizeLine = try #require(info.stdout.split(separator: "\n").first { $0.hasPrefix("Page size:") })
        let numbers = sizeLine.split(separator: " ").compactMap { Double($0) }
        #expect(numbers.count >= 2)
        #expect(abs(numbers[0] - 595) <= 1 && abs(numbers[1] - 842) <= 1, "\(sizeLine)")
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect((2...4).contains(pages), "pages: \(pages)")

        let text = try ExternalTool.run(try #require(ExternalTool.find("pdftotext")), [pdf.path, "-"]).stdout
        // LibreOffice spaces Chinese from digits and lines break anywhere: compare without spaces.
        let flat = text.filter { !$0.isWhitespace }
        #expect(flat.contains("关于2018年12月全区清洁煤炭推广、食品安全和政务服务工作情况的通报"))
        #expect(flat.contains("博山区人民政府办公室文件"))
        #expect(flat.contains("10城西街道76.379.8↓1"))
        #expect(flat.contains("—1—") && flat.contains("—2—"))
        #expect(!text.contains("\u{FFFD}"))

        // A CJK font was embedded (none installed would give boxes, tofu, in the page images).
        if let pdffonts = ExternalTool.find("pdffonts") {
            let fonts = try ExternalTool.run(pdffonts, [pdf.path]).stdout
            #expect(fonts.contains("CJK") || fonts.contains("Kai"), "no CJK font embedded: \(fonts)")
        }
    }

    /// python-docx's view of the section and styles, printed by scripts/inspect-docx.py.
    private func checkWithPythonDocx(_ docx: URL) throws {
        let python = Repository.root.appendingPathComponent(".venv-render/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else { return }
        let script = Repository.root.appendingPathComponent("scripts/inspect-docx.py")
        let output = try ExternalTool.run(python.path, [script.path, docx.path])
        #expect(output.status == 0, "inspect-docx.py: \(output.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])

        let section = try #require(report["section"] as? [String: Double])
        let millimetres: [(String, Double)] = [
            ("page_width_mm", 210), ("page_height_mm", 297), ("top_mm", 37), ("bottom_mm", 35),
            ("left_mm", 28), ("right_mm", 26), ("footer_distance_mm", 23.05),
        ]
        for (key, value) in millimetres {
            #expect(abs((section[key] ?? -1) - value) < 0.05, "\(key): \(section[key] ?? -1) mm")
        }
        #expect(report["odd_and_even_footers"] as? Bool == true)
        #expect(report["footers"] as? [String: String] == ["odd": "— 1 —", "even": "— 2 —"])

        let styles = try #require(report["styles"] as? [String: [String: Any]])
        let expected: [(String, String, Double)] = [
            ("Normal", "仿宋_GB2312", 16), ("BodyText", "仿宋_GB2312", 16), ("Title", "方正小标宋简体", 22),
            ("Heading1", "黑体", 16), ("Heading2", "楷体_GB2312", 16), ("Issuer", "方正小标宋简体", 36),
            ("TableText", "仿宋_GB2312", 14), ("TableCaption", "黑体", 16), ("Footer", "宋体", 14),
        ]
        for (id, font, points) in expected {
            #expect(styles[id]?["east_asia"] as? String == font, "\(id) font")
            #expect(styles[id]?["size_pt"] as? Double == points, "\(id) size")
        }
        #expect(styles["Normal"]?["ascii"] as? String == "Times New Roman")

        let tables = try #require(report["tables"] as? [[String: Any]])
        #expect(tables.count == 1)
        #expect(tables.first?["rows"] as? Int == 11 && tables.first?["columns"] as? Int == 5)
        #expect(tables.first?["header_repeated"] as? Bool == true)
        #expect(tables.first?["last_row"] as? [String] == ["10", "城西街道", "76.3", "79.8", "↓1"])
    }
}
