import ReportPublish
import Testing
@testable import ServiceReport

/// Two jobs fed the two halves of the tickets, merged, give exactly the files one job
/// gives for all of them — for every split point (the parallel reader splits anywhere).
@Suite struct TallyMergeTests {
    @Test func mergedHalvesRenderTheSameFilesAsOneJob() throws {
        let whole = ServiceRenderer.render(try job("2018-12", decemberTickets).report())
        for split in 0...decemberTickets.count {
            var first = job("2018-12", Array(decemberTickets[..<split]))
            first.merge(job("2018-12", Array(decemberTickets[split...])))
            let merged = ServiceRenderer.render(try first.report())
            #expect(merged.files.map(\.path) == whole.files.map(\.path))
            #expect(merged.files.map(\.bytes) == whole.files.map(\.bytes), "split at \(split)")
            #expect(merged.summaryMarkdown == whole.summaryMarkdown, "split at \(split)")
        }
    }

    @Test func histogramsMergeExactly() {
        // 1, 3, 3 and 2000 (past the dense range) then 3 and 1500: median of 6 values
        // (1, 3, 3, 3, 1500, 2000) = (3 + 3) / 2 = 3.0; 90th percentile = rank ⌈5.4⌉ = 6 → 2000.
        var a = WaitHistogram(), b = WaitHistogram()
        for minutes in [1, 3, 3, 2000] { a.add(minutes) }
        for minutes in [3, 1500] { b.add(minutes) }
        a.merge(b)
        #expect(a.count == 6)
        #expect(a.totalTenths == 35100)
        #expect(a.statistics.medianTenths == 30)
        #expect(a.statistics.percentile90Tenths == 20000)
    }
}
