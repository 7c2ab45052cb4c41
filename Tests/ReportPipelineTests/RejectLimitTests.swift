import Testing
@testable import ReportPipeline

@Suite struct RejectLimitTests {
    /// 0.1% of 20 000 rows is 20: 20 stays within, 21 goes over.
    @Test func theLimitIsStrictAndCountsWholeRows() {
        let limit = RejectLimit(tenthsOfPercent: 1)
        #expect(limit.allowance(read: 20_000) == 20)
        #expect(!limit.isExceeded(rejected: 20, read: 20_000))
        #expect(limit.isExceeded(rejected: 21, read: 20_000))
        #expect(!limit.isExceeded(rejected: 0, read: 0))
    }

    /// The rate is shown with as many decimals as it takes to read above the limit,
    /// cut rather than rounded: 21/20 000 = 0.105%, 1/999 = 0.1001…%, 1/9 999 = 0.010001…%.
    @Test func theRateNeverReadsAsTheLimit() {
        let tenth = RejectLimit(tenthsOfPercent: 1)
        #expect(tenth.rateText(rejected: 21, read: 20_000) == "0.105")
        #expect(tenth.rateText(rejected: 1, read: 999) == "0.1001")
        #expect(tenth.rateText(rejected: 3, read: 4) == "75.0")
        let zero = RejectLimit(tenthsOfPercent: 0)
        #expect(zero.rateText(rejected: 1, read: 9_999) == "0.01")
        #expect(zero.rateText(rejected: 1, read: 10_000_000) == "0.00001")
        let five = RejectLimit(tenthsOfPercent: 50)
        #expect(five.rateText(rejected: 501, read: 10_000) == "5.01")
    }

    @Test func theMessageGivesCountsAllowanceAndTheRejectsPath() {
        let limit = RejectLimit(tenthsOfPercent: 1)
        #expect(limit.message(export: "service_tickets.csv", rejected: 21, read: 20_000,
                              rejectsPath: "reports/.failed/2018-12/rejects/service_tickets.csv")
                == "service_tickets.csv: 拒收 21/20000 行（0.105%），超过上限 0.1%（20000 行中最多可拒收 20 行）；"
                + "明细见 reports/.failed/2018-12/rejects/service_tickets.csv")
        #expect(limit.message(export: "a.csv", rejected: 2, read: 3, rejectsPath: nil).hasSuffix(
            "；run 失败时明细写入 <out>/.failed/<期间>/rejects/"))
    }
}
