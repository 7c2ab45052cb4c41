import ExportDialects
import Foundation
import Testing
@testable import ReportPipeline
import ReportCore
import SharedTestSupport

/// The shipped sample, rewritten the ways offices write files (`ExportDialects`: an Excel
/// form, an export split into a folder, typed values, all at once), must publish the same
/// reports and reject the same rows, each reject naming its own file and line.
///
/// Files that name lines (`coal/anomalies.csv`, the rejects) are compared through the
/// rewrite's line map; the summary and the manifest, which describe the inputs, differ by
/// design and are not compared.
@Suite(.serialized) struct MetamorphicTests {
    static let repository = TestRepository.path
    static let period = "2018"

    /// Publishes `period` from `data` into a fresh folder; the published files.
    static func publish(_ data: String) throws -> [String: Data] {
        let out = NSTemporaryDirectory() + "metamorphic-out-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let configuration = RunConfiguration(
            period: Period(period)!, jobs: JobName.allCases, dataDirectory: data,
            referenceDirectory: repository + "/datasets/reference", outputDirectory: out,
            maxRejectRate: nil, commandLine: ["run", "--period", period])
        let result = try ReportRun(configuration).execute()
        return FolderSnapshot.files(result.folder)
    }

    static let plain: [String: Data] = try! publish(repository + "/datasets/sample")

    @Test(arguments: [Dialect.excelForm, .split, .typed, .all])
    func aRewrittenSamplePublishesTheSameReports(dialect: Dialect) throws {
        let data = NSTemporaryDirectory() + "metamorphic-\(dialect.rawValue)-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: data) }
        let map = try ExportRewrite.rewrite(source: Self.repository + "/datasets/sample", destination: data, dialect: dialect)
        let rewritten = try Self.publish(data)

        // Every report that names no line: byte for byte.
        let reports = Self.plain.keys.filter {
            ($0.hasPrefix("coal/") || $0.hasPrefix("food/") || $0.hasPrefix("service/") || $0 == "data_quality.csv"
                || $0 == "trend.csv") && $0 != "coal/anomalies.csv"
        }
        #expect(reports.count > 15)
        for name in reports.sorted() {
            #expect(rewritten[name] == Self.plain[name], "\(dialect.rawValue): \(name) differs")
        }

        // The same rows rejected for the same reason, each at its own file and line.
        let expected = Set(Self.rejects(Self.plain).map { reject -> String in
            let moved = map[reject.file, reject.line]
            return "\(moved?.file ?? "?\(reject.file)"):\(moved?.line ?? reject.line) \(reject.kind)"
        })
        let found = Set(Self.rejects(rewritten).map { "\($0.file):\($0.line) \($0.kind)" })
        #expect(expected.count > 40)
        #expect(found == expected, "\(dialect.rawValue): rejects differ: \(found.symmetricDifference(expected).sorted().prefix(6))")

        // Anomalies: the same rows, and the records' lines are the same records.
        let before = Self.anomalies(Self.plain), after = Self.anomalies(rewritten)
        #expect(before.count == after.count)
        for (old, new) in zip(before, after) {
            #expect(old.cells == new.cells, "\(dialect.rawValue): anomaly \(old.cells.first ?? "")")
            let mapped = old.locations.map { map[$0.file, $0.line].map { "\($0.file):\($0.line)" } ?? "?" }
            #expect(mapped == new.locations.map { "\($0.file):\($0.line)" }, "\(dialect.rawValue): anomaly lines")
        }
    }

    /// (file, line, reason category) of every reject of a published folder.
    static func rejects(_ files: [String: Data]) -> [(file: String, line: Int, kind: String)] {
        files.filter { $0.key.hasPrefix("rejects/") }.sorted { $0.key < $1.key }.flatMap { _, bytes in
            CSVLines.rows(bytes).dropFirst().map { cells in (cells[0], Int(cells[1]) ?? -1, cells[3]) }
        }
    }

    /// Each anomaly row without its file, line and detail cells (the detail may quote a
    /// line), and the records' locations.
    static func anomalies(_ files: [String: Data]) -> [(cells: [String], locations: [(file: String, line: Int)])] {
        CSVLines.rows(files["coal/anomalies.csv"] ?? Data()).dropFirst().map { cells in
            let file = cells[2]
            let locations = cells[7].split(separator: "、").map { entry -> (file: String, line: Int) in
                let parts = entry.split(separator: ":")
                return parts.count == 2 ? (String(parts[0]), Int(parts[1]) ?? -1) : (file, Int(entry) ?? -1)
            }
            return (Array(cells[0..<2]) + Array(cells[3..<7]), locations)
        }
    }
}

/// Rows of a CSV report as the tool writes it (UTF-8 with BOM, CRLF, RFC 4180 quotes): a
/// reader independent of the tool's own, for comparing its output.
enum CSVLines {
    static func rows(_ data: Data) -> [[String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(scalar) }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
