import ReportCore
import ReportInputs
import Testing
@testable import CoalReport

@Suite struct DuplicateRecordTests {
    @Test func registryTellsFirstReExportAndConflict() {
        var registry = RecordRegistry()
        #expect(registry.check("M1", fingerprint: 7, line: 2) == .first)
        #expect(registry.check("M1", fingerprint: 7, line: 9) == .reExport(firstLine: 2))
        #expect(registry.check("M1", fingerprint: 8, line: 10) == .conflict(firstLine: 2))
        #expect(registry.check("M2", fingerprint: 8, line: 11) == .first)
    }

    @Test func fingerprintSeesEveryFieldButTheLine() {
        let a = CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_500, on: "2018-10-08")
        var b = a
        #expect(a.contentFingerprint == b.contentFingerprint)
        b.kilograms = 2_000
        #expect(a.contentFingerprint != b.contentFingerprint)
        var c = a
        c.amountFen = nil
        #expect(a.contentFingerprint != c.contentFingerprint)
        // Field boundaries count: ("东", "村1") is not ("东村", "1").
        var d = a, e = a
        d.village = "东"; d.householdID = "村1"
        e.village = "东村"; e.householdID = "1"
        #expect(d.contentFingerprint != e.contentFingerprint)
    }

    @Test func reExportIsCountedOnceAndConflictIsRejected() {
        var job = CoalFixture.job("2018-12")
        let first = CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_500, on: "2018-10-08")
        var conflicting = first
        conflicting.kilograms = 2_000
        #expect(job.add(first, line: 2) == nil)
        // Line 3: identical re-export, accepted by the reader but counted once.
        #expect(job.add(first, line: 3) == nil)
        // Line 4: same 登记编号, other content: rejected, naming the first line.
        #expect(job.add(conflicting, line: 4)
                == RowReject(.conflictingDuplicate, column: "登记编号", detail: "与第 2 行登记编号相同但内容不同"))
        let results = job.results()
        // Only line 2 counts: 1.500 t, one household.
        #expect(results.progress("博山镇")?.coalKg == 1_500)
        #expect(results.progress("博山镇")?.coalHouseholds == 1)
        let kinds = results.anomalies.map(\.kind)
        #expect(kinds == [.reExport, .conflictingDuplicate])
        // Each names both lines.
        #expect(results.anomalies[0].records.map(\.line) == [2, 3])
        #expect(results.anomalies[1].records.map(\.line) == [2, 4])
        #expect(results.anomalies[1].facts == .conflictingDuplicate(firstLine: 2))
    }

    @Test func installDuplicatesAreDecidedSeparatelyFromDeliveries() {
        var job = CoalFixture.job("2018-12")
        // The same 登记编号 in both exports is no duplicate: each export has its own numbering.
        _ = job.add(CoalFixture.delivery("X1", "博山镇", "东村", household: "H1", kg: 1_000, on: "2018-10-08"), line: 2)
        #expect(job.add(CoalFixture.install("X1", "博山镇", "东村", household: "H1", on: "2018-10-09"), line: 2) == nil)
        #expect(job.results().anomalies.isEmpty)
    }
}
