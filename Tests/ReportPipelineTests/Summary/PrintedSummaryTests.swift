import Foundation
import Testing
@testable import ReportPipeline
import ReportCore
import SharedTestSupport

/// `summary.html` as a leader meets it: printed from a real browser (headless Chromium,
/// Debian's `chromium`, which `.ci/run` installs) to A4 and read back with poppler's
/// `pdftotext`, and measured in the browser's DOM. Skipped only where Chromium is missing.
@Suite(.serialized, .enabled(if: PrintTools.chromium != nil && PrintTools.find("pdftotext") != nil))
struct PrintedSummaryTests {
    static func tool(_ name: String) -> String? { PrintTools.find(name) }

    static var chromium: String? { PrintTools.chromium }

    /// The 2018-12 folder published from the shipped sample.
    static let folder: String = {
        let out = NSTemporaryDirectory() + "printed-\(UUID().uuidString)"
        let configuration = RunConfiguration(
            period: Period("2018-12")!, jobs: JobName.allCases, dataDirectory: TestRepository.path + "/datasets/sample",
            referenceDirectory: TestRepository.path + "/datasets/reference", outputDirectory: out,
            maxRejectRate: nil, commandLine: ["run", "--period", "2018-12"])
        return try! ReportRun(configuration).execute().folder
    }()

    static func run(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static let browserFlags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"]

    /// The summary printed to PDF, page by page as `pdftotext -layout` reads it.
    static let pages: [String] = {
        let pdf = NSTemporaryDirectory() + "summary-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: pdf) }
        _ = try! run(chromium!, browserFlags + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                                                "file://\(folder)/summary.html"])
        let text = try! run(tool("pdftotext")!, ["-layout", pdf, "-"])
        return text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }()

    @Test func theBriefIsPageOneAndTheWholeSummaryAFewPages() throws {
        let pages = Self.pages
        // 14–15 pages before the brief; the appendix has five sections and their tables.
        #expect((2...10).contains(pages.count), "\(pages.count) pages")
        let first = try #require(pages.first)
        // Page 1: the headline blocks with their figures, the flags, the whole township table.
        for text in ["清洁煤炭", "煤炭完成率（累计）", "91.3%", "3842310.00 元", "按时办结率", "满意率", "需要关注", "镇街综合排名",
                     "山头街道"] {
            #expect(first.contains(text), "page 1 lacks \(text)")
        }
        // The appendix starts on page 2.
        #expect(!first.contains("推广期 2018-09-01"))
        #expect(pages[1].contains("清洁煤炭和节能炉具推广（博政办字〔2018〕109号）"))
    }

    @Test func noTableIsWiderThanThePortraitPage() throws {
        // The page's printable width: A4 (210 mm) less 2 × 14 mm margins = 182 mm = 688 px
        // at 96 px per inch. A script measures every table in the browser at that width: none
        // may reach past the page, and no cell may be squeezed to one character per line, which
        // is how a too-wide table "fits" by setting names vertically.
        let html = try String(contentsOfFile: Self.folder + "/summary.html", encoding: .utf8)
        let probe = """
        <script>
        const limit = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('table, figure, svg')]
          .filter(e => e.getBoundingClientRect().right > limit + 0.5 || e.scrollWidth > e.clientWidth + 1)
          .map(e => e.tagName + ':' + Math.round(e.getBoundingClientRect().width));
        // A cell squeezed to one character per line (a name set vertically) counts as too wide a table.
        const squeezed = [...document.querySelectorAll('th, td')].filter(c => {
          const range = document.createRange();
          range.selectNodeContents(c);
          const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
          const length = c.textContent.trim().length;
          return length >= 2 && lines >= length;
        }).map(c => 'cell:' + c.textContent.trim().slice(0, 8));
        wide.push(...squeezed);
        document.body.setAttribute('data-tables', document.querySelectorAll('table').length);
        document.body.setAttribute('data-wide', wide.join(',') || 'none');
        document.body.setAttribute('data-width', limit);
        </script>
        """
        let page = Self.folder + "/probe.html"
        try html.replacingOccurrences(of: "</body>", with: probe + "</body>").write(toFile: page, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: page) }
        let dom = try Self.run(Self.chromium!, Self.browserFlags + ["--window-size=688,1000", "--dump-dom", "file://\(page)"])
        #expect(dom.contains("data-width=\"688\""), "the window was not 688 px wide")
        #expect(dom.contains("data-wide=\"none\""), "\(dom.components(separatedBy: "data-wide=\"").dropFirst().first?.prefix(200) ?? "no probe")")
        let tables = dom.components(separatedBy: "data-tables=\"").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
        #expect((tables ?? 0) >= 12)
    }

    @Test func theHTMLNeedsNothingFromOutside() throws {
        let html = try String(contentsOfFile: Self.folder + "/summary.html", encoding: .utf8)
        // No network, no external style, script, image or font: charts are inline SVG.
        let outside = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!outside.contains("http://") && !outside.contains("https://"))
        #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("@font-face") && !html.contains("<script"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 4)  // completion, attainment, departments, trend
        // Links to the CSV files are relative to the period folder and resolve there.
        let links = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count > 20)
        for link in Set(links) {
            let path = link.removingPercentEncoding ?? link
            #expect(FileManager.default.fileExists(atPath: Self.folder + "/" + path), "dead link \(link)")
        }
    }
}

/// `通报.docx` of the same run, converted by LibreOffice (`scripts/install-render-deps.sh`)
/// and read back with poppler: the GB/T 9704 page, the title, the ranking tables.
@Suite(.serialized, .enabled(if: PrintTools.find("soffice") != nil && PrintTools.find("pdftotext") != nil))
struct PrintedNoticeTests {
    @Test func theNoticeConvertsToAnA4DocumentWithItsRankingTables() throws {
        let work = NSTemporaryDirectory() + "notice-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: work + "/home", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PrintTools.find("soffice")!)
        process.arguments = ["--headless", "--convert-to", "pdf", "--outdir", work, PrintedSummaryTests.folder + "/通报.docx"]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = work + "/home"
        environment["FONTCONFIG_FILE"] = TestRepository.path + "/scripts/render-fonts.conf"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdf = work + "/通报.pdf"
        #expect(FileManager.default.fileExists(atPath: pdf))
        let info = try PrintedSummaryTests.run(PrintTools.find("pdfinfo")!, [pdf])
        #expect(info.contains("595.") && info.contains("x 841.") && info.contains("(A4)"), "\(info)")
        let text = try PrintedSummaryTests.run(PrintTools.find("pdftotext")!, [pdf, "-"])
            .replacingOccurrences(of: "\n", with: "")
        for expected in ["博山区人民政府办公室文件", "关于2018年12月全区", "工作考核情况的通报",
                         "表1  各镇街清洁煤炭和节能炉具推广进度排名", "表2  各镇街食品安全目标达成得分排名",
                         "表3  各镇街政务服务综合得分排名", "开发区域城镇", "106.0%", "四、工作要求", "2018年  月  日"] {
            #expect(text.contains(expected) || text.replacingOccurrences(of: " ", with: "").contains(expected.replacingOccurrences(of: " ", with: "")),
                    "the notice lacks \(expected)")
        }
    }
}

/// Where the browser and poppler's tools are (Debian's paths).
enum PrintTools {
    static func find(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var chromium: String? { find("chromium") ?? find("chromium-browser") }
}
