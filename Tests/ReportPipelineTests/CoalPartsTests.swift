import CoalReport
import ReportCore
import Foundation
import ReportInputs
import ReportPublish
import Testing
@testable import ReportPipeline

/// The coal deliveries read in parts on two cores give the reports of a reading in one piece:
/// through the merge when no 登记编号 is in both parts, and through the reading again in one
/// piece when one is (the shipped sample repeats and conflicts some on purpose).
@Suite struct CoalPartsTests {
    static let sample = PipelineFixture.repository + "/datasets/sample"

    /// The sample's deliveries without repeated 登记编号 (the first row of each kept), as
    /// GB18030 bytes: the id is the first field, ASCII, so lines are compared as bytes.
    static func withoutRepeatedIDs() throws -> Data {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: sample + "/coal_deliveries.csv"))
        var seen = Set<Data>(), kept = Data()
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let id = Data(line.prefix { $0 != 0x2C })
            if !id.isEmpty && !seen.insert(id).inserted { continue }
            kept.append(contentsOf: line)
            kept.append(0x0A)
        }
        return kept.dropLast()
    }

    @Test(arguments: [false, true])
    func coalReportsAreTheSameReadInPartsAsWhole(withoutRepeats: Bool) throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        for name in ["coal_deliveries.csv", "stove_installs.csv", "coal_quality.csv"] {
            try? FileManager.default.removeItem(atPath: fixture.data + "/" + name)
            try FileManager.default.copyItem(atPath: Self.sample + "/" + name, toPath: fixture.data + "/" + name)
        }
        if withoutRepeats { try Self.withoutRepeatedIDs().write(to: URL(fileURLWithPath: fixture.data + "/coal_deliveries.csv")) }
        for period in ["2018", "2018-11"] {
            let (a, b) = try fixture.runWholeAndInParts(period, jobs: [.coal])
            #expect(a.keys.sorted() == b.keys.sorted())
            for (path, bytes) in a where path != "manifest.json" { #expect(b[path] == bytes, "\(period) \(path)") }
            let ma = try Manifest.decode(Array(a["manifest.json"]!)), mb = try Manifest.decode(Array(b["manifest.json"]!))
            #expect(ma.inputs == mb.inputs)
        }
    }

    @Test func partsAreMergedUnlessAnIDIsInBoth() throws {
        let context = try RunSetup.loadContext(referenceDirectory: PipelineFixture.repository + "/datasets/reference",
                                               policyPath: nil)
        let job = try CoalJob(period: Period("2018")!, reference: context.reference, policy: context.policy)
        let folder = NSTemporaryDirectory() + "coal-parts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func read(_ data: String) throws -> (parts: Int, rejected: Int) {
            var reading = ExportReading(dataDirectory: data, context: context)
            reading.partMinimumBytes = 0
            _ = try reading.readInParts(CoalDeliveryFile.self, parts: 2, foldersInParallel: false, makeJob: { job },
                                        onRow: { job, row, line in job.add(row, line: line) }, merge: { (merged: inout CoalJob, later: CoalJob) in merged.merge(later) })
            return (reading.partsRead["coal_deliveries.csv"] ?? 0, reading.reports.first?.rowsRejected ?? -1)
        }
        // The sample repeats 登记编号 across the file: read again in one piece, and its two
        // conflicting duplicates are still rejected (with its other dirty rows).
        let sample = try read(Self.sample)
        #expect(sample.parts == 1)
        try Self.withoutRepeatedIDs().write(to: URL(fileURLWithPath: folder + "/coal_deliveries.csv"))
        let clean = try read(folder)
        #expect(clean.parts == 2)
        #expect(clean.rejected < sample.rejected)
    }
}

/// 合计 and 小计 rows in a later part are checked at the merge on the sums of every row
/// before them: the same warnings as a reading in one piece, and the file stays in parts.
@Suite struct TotalsAcrossPartsTests {
    /// 600 of the sample's installs (UTF-8) behind a 序号 column, a wrong 小计 after row 200 (sums of rows 1–200
    /// plus one), a right 小计 after row 400 (rows 201–400), a wrong 合计 and a right 总计 at
    /// the end (all 600 rows). Worked out from the rows themselves, not by the reader.
    static func form() throws -> String {
        let lines = try Data(contentsOf: URL(fileURLWithPath: CoalPartsTests.sample + "/stove_installs.csv"))
            .split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        // Rows with 14 plain fields, whole stove counts and amounts with two decimals (the
        // sample's dirty rows and quoted amounts left out, so the sums are easy to check).
        let plain = lines.dropFirst().filter { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields.count == 14 && !line.contains("\"") && Int(fields[7]) != nil && Int(fields[7])! >= 0
                && fields[9].split(separator: ".").count == 2
        }
        let header = lines[0], rows = Array(plain.prefix(600))
        // 购买数量 (台) is field 7, 总金额 (元) field 9, both plain numbers in these rows.
        func sums(_ slice: ArraySlice<String>) -> (count: Int, fen: Int) {
            slice.reduce((0, 0)) { total, line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                let yuan = fields[9].split(separator: ".")
                return (total.0 + Int(fields[7])!, total.1 + Int(yuan[0])! * 100 + Int(yuan[1])!)
            }
        }
        func totals(_ word: String, _ sum: (count: Int, fen: Int)) -> String {
            ",," + word + ",,,,," + "\(sum.count),," + "\(sum.fen / 100).\(String(format: "%02d", sum.fen % 100))" + ",,,,"
        }
        let first = sums(rows[0..<200]), second = sums(rows[200..<400]), all = sums(rows[0..<600])
        var form = [header] + rows[0..<200]
        form.append(totals("小计", (first.count + 1, first.fen)))
        form += rows[200..<400]
        form.append(totals("小计", second))
        form += rows[400..<600]
        form.append(totals("合计", (all.count, all.fen + 1)))
        form.append(totals("总计", all))
        // A 序号 column in front, as Excel forms have: numbered data rows, blank on totals rows.
        var serial = 0
        return form.enumerated().map { index, line in
            if index == 0 { return "序号," + line }
            if line.hasPrefix(",,") { return "," + line }
            serial += 1
            return "\(serial)," + line
        }.joined(separator: "\n") + "\n"
    }

    @Test func totalsRowsInALaterPartAreCheckedOnEveryRowBefore() throws {
        let context = try RunSetup.loadContext(referenceDirectory: PipelineFixture.repository + "/datasets/reference",
                                               policyPath: nil)
        let folder = NSTemporaryDirectory() + "totals-parts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.form().write(toFile: folder + "/stove_installs.csv", atomically: true, encoding: .utf8)
        func read(parts: Int) throws -> (parts: Int, report: InputFileReport, rows: Int) {
            var reading = ExportReading(dataDirectory: folder, context: context)
            reading.partMinimumBytes = 0
            let rows = try reading.readInParts(StoveInstallFile.self, parts: parts, makeJob: { 0 },
                                               onRow: { count, _, _ in count += 1; return nil }, merge: { $0 += $1; return true })
            return (reading.partsRead["stove_installs.csv"] ?? 0, reading.reports[0], rows)
        }
        let whole = try read(parts: 1), split = try read(parts: 2)
        #expect(whole.parts == 1 && split.parts == 2)
        #expect(whole.rows == 600 && split.rows == 600)
        // The wrong 小计 on line 202 and the wrong 合计 on line 604, by hand: 1 stove and 0.01 yuan off.
        #expect(whole.report.warnings.count == 2)
        #expect(whole.report.warnings.map { $0.prefix(8) } == ["第 202 行：", "第 604 行："])
        #expect(split.report.warnings == whole.report.warnings)
        #expect(split.report.totalsRows == 4 && whole.report.totalsRows == 4)
        // What was accepted as layout is noted once, as in one piece (the 序号 column on line 1 only).
        #expect(split.report.accepted == whole.report.accepted)
        #expect(whole.report.accepted["“序号”列（表格序号）已忽略"]?.count == 1)
    }
}
