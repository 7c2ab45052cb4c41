import Foundation
import Testing

/// Formula injection (for Excel and WPS) and Markdown/HTML injection (for the summary)
/// through names, villages, companies, suppliers and halls of the exports.
@Suite struct InjectionTests {
    static let formula = #"=HYPERLINK("http://x","点我")"#
    static let script = "<script>alert(1)</script>|x"

    /// CSV quoting of `text`.
    static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// The tiny data set with hostile text in every kind of free-text column, one of its
    /// rows rejected (an impossible date), run for 2018-12 with every row counted.
    static func hostileRun(_ extra: [String] = []) throws -> (Scratch, Tool.Output) {
        let scratch = try Scratch()
        let f = quoted(formula), s = quoted(script)
        try scratch.append("data/stove_installs.csv", bytes: Array("""
            LJ-0002,博山镇,\(s),3703040108106,\(f),17701241306,LZ-9 民用解耦燃烧炉,1,1980,1980.00,\(f),孙庆华,2018-12-28
            LJ-0003,博山镇,\(s),3703040108107,\(f),17701241307,LZ-9 民用解耦燃烧炉,1,1980,1980.00,\(f),孙庆华,2018-02-30

            """.utf8))
        try scratch.append("data/coal_deliveries.csv", bytes: Array("""
            MJ-0002,博山镇,[点我](http://x),3703040101034,@SUM(1+1),18918636085,洁净型煤,XSS-1,1,820,820.00,\(quoted("+cmd|' /C calc'!A0")),-2+3,2018-12-28

            """.utf8))
        try scratch.append("data/coal_quality.csv", bytes: Array("""
            XSS-1,\(s),兰炭,2018-12-20,0.90,10,5,28,8

            """.utf8))
        try scratch.append("data/service_tickets.csv", bytes: Array("""
            BS-0002,\(s),博山镇,区市场监管局,SJ-SCJG-001,窗口,2018-12-27 09:00,2018-12-28 10:00,3,1,满意,10

            """.utf8))
        let result = try scratch.run(["--max-reject-rate", "100%"] + extra)
        return (scratch, result)
    }

    /// Every CSV file the run wrote, by path relative to the period folder, as rows.
    static func csvFiles(_ folder: String) throws -> [String: [[String]]] {
        var files: [String: [[String]]] = [:]
        for path in snapshot(folder).keys where path.hasSuffix(".csv") {
            files[path] = try csvRows(folder + "/" + path)
        }
        return files
    }

    static func isNumber(_ text: String) -> Bool {
        text.range(of: #"^-?[0-9]+(\.[0-9]+)?%?$"#, options: .regularExpression) != nil
    }

    @Test(arguments: [false, true])
    func noCSVCellStartsLikeAFormula(unmasked: Bool) throws {
        let (scratch, result) = try Self.hostileRun(unmasked ? ["--unmasked"] : [])
        defer { scratch.cleanUp() }
        #expect(result.status == 0, "\(result.stderr)")
        let files = try Self.csvFiles(scratch.out + "/2018-12")
        #expect(files.keys.contains("rejects/stove_installs.csv"))
        for (path, rows) in files {
            for (index, row) in rows.enumerated() {
                for cell in row {
                    guard let first = cell.unicodeScalars.first else { continue }
                    let trigger = ["=", "+", "@", "\t", "\r", "\n"].contains(first) || (first == "-" && !Self.isNumber(cell))
                    #expect(!trigger, "\(path) row \(index + 1): «\(cell)»")
                }
            }
        }
        // The formula itself, where it is not personal data (配送企业), prefixed with '.
        let stoveCompanies = try #require(files["coal/stove_village_company.csv"]).flatMap { $0 }
        #expect(stoveCompanies.contains("'" + Self.formula))
        let coalCompanies = try #require(files["coal/village_company.csv"]).flatMap { $0 }
        #expect(coalCompanies.contains("'+cmd|' /C calc'!A0"))
        // The rejects file: the rejected row's company in full, its buyer masked or not,
        // both escaped.
        let rejects = try #require(files["rejects/stove_installs.csv"])
        #expect(rejects.count == 2)
        #expect(rejects[1][0...4] == ["stove_installs.csv", "4", "安装日期", "日期格式错误", "日期不存在：2018-02-30"])
        let fields = Array(rejects[1].dropFirst(5))
        #expect(fields[2] == Self.script)
        #expect(fields[4] == (unmasked ? "'" + Self.formula : "'=*************************)"))
        #expect(fields[10] == "'" + Self.formula)
    }

    @Test func summaryEscapesHTMLAndMarkdownFromTheInputs() throws {
        let (scratch, result) = try Self.hostileRun()
        defer { scratch.cleanUp() }
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try String(contentsOfFile: scratch.out + "/2018-12/summary.md", encoding: .utf8)
        // The supplier of the failed batch is shown in its table, escaped.
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;\\|x"
        #expect(summary.contains("| \(escaped) |"))
        // The HTML summary shows it as text too (its own escaping, no Markdown backslash).
        let html = try String(contentsOfFile: scratch.out + "/2018-12/summary.html", encoding: .utf8)
        #expect(html.contains("<td class=\"l\">&lt;script&gt;alert(1)&lt;/script&gt;|x</td>"))
        #expect(!html.contains("<script"))
        #expect(!summary.contains("<script"))
        #expect(!summary.contains("</script"))
        #expect(!summary.contains("](http://x)"))
        // Villages do not appear in the summary at all (only in coal/*.csv).
        #expect(!summary.contains("点我"))
        // No chart carries raw markup either.
        for (path, bytes) in snapshot(scratch.out + "/2018-12") where path.hasSuffix(".svg") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("<script"), "\(path)")
        }
    }
}
