import Testing
@testable import ReportPipeline

@Suite struct ReadingProgressTests {
    /// 100 MB of 250 MB in 2 s: 40%, and 150 MB more at that pace is 3 s.
    @Test func readingLineGivesShareRateAndTimeLeft() {
        let line = ProgressLine.reading(file: "service_tickets.csv", rows: 800_000, bytes: 100_000_000,
                                        totalBytes: 250_000_000, seconds: 2)
        #expect(line == "读取 service_tickets.csv：40%（100.0/250.0 MB），800000 行，每秒 400000 行，预计还需 3 秒")
    }

    @Test func unknownSizeEarlyAndEndCases() {
        // A pipe: no size, so no share and no time left.
        #expect(ProgressLine.reading(file: "a.csv", rows: 10, bytes: 500, totalBytes: 0, seconds: 5)
                == "读取 a.csv：10 行，每秒 2 行")
        // Under a second: no estimate yet.
        #expect(ProgressLine.reading(file: "a.csv", rows: 10, bytes: 1_000_000, totalBytes: 4_000_000, seconds: 0.5)
                == "读取 a.csv：25%（1.0/4.0 MB），10 行，每秒 20 行")
        // Read-ahead past the size, or the last chunk: never 100% before the end.
        #expect(ProgressLine.reading(file: "a.csv", rows: 10, bytes: 5_000_000, totalBytes: 4_000_000, seconds: 2)
                == "读取 a.csv：99%（4.0/4.0 MB），10 行，每秒 5 行，预计还需 0 秒")
        #expect(ProgressLine.duration(58.2) == "59 秒")
        #expect(ProgressLine.duration(59.2) == "1 分 00 秒")
        #expect(ProgressLine.duration(185) == "3 分 05 秒")
    }

    /// Off a terminal each update is a line of its own; updates closer than half a second
    /// are dropped; phases and the summary are lines.
    @Test func updatesAreThrottledAndTheRunEndsWithASummary() {
        var printed: [String] = []
        var now = 100.0
        let progress = ReadingProgress(isTerminal: false, write: { printed.append($0) }, clock: { now })
        progress.phase(1, of: 3, "读取输入")
        progress.start(file: "a.csv", bytes: 1_000)
        now += 1
        progress.update(rows: 100, bytes: 250)
        now += 0.2
        progress.update(rows: 150, bytes: 300)
        now += 0.4
        progress.update(rows: 300, bytes: 600)
        progress.finish()
        now += 0.4
        progress.summary(rows: 400)
        #expect(printed == [
            "阶段 1/3：读取输入\n",
            "读取 a.csv：25%（0.0/0.0 MB），100 行，每秒 100 行，预计还需 3 秒\n",
            "读取 a.csv：60%（0.0/0.0 MB），300 行，每秒 187 行，预计还需 2 秒\n",
            "完成：读取 400 行，用时 2.0 秒（读取 1.6 秒），每秒 200 行；各阶段 2.0 秒\n",
        ])
    }
}
