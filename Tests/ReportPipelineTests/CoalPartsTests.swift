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
