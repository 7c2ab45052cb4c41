import ReportCore
import Testing
@testable import CoalReport

@Suite struct CampaignScopeTests {
    let policy = CoalFixture.policy.coal
    func scope(_ period: String) -> CampaignScope { CampaignScope(period: Period(period)!, policy: policy)! }

    @Test func elapsedShareOfTheCampaignWindow() {
        // Window 2018-09-01 … 2018-12-31: 30 + 31 + 30 + 31 = 122 days.
        #expect(scope("2018-12").campaignDays == 122)
        // December: the whole window has passed: 122/122 = 100.0%.
        #expect(scope("2018-12").elapsedShare.percentText == "100.0")
        // October: 30 + 31 = 61 days, 61/122 = 50.0%.
        #expect(scope("2018-10").elapsedDays == 61)
        #expect(scope("2018-10").elapsedShare.percentText == "50.0")
        // September: 30/122 = 24.59…% → 24.6.
        #expect(scope("2018-09").elapsedShare.percentText == "24.6")
        // Q3 ends 30 September: the same 30 days.
        #expect(scope("2018-Q3").elapsedDays == 30)
        // June: before the campaign, 0/122 = 0.0% (not empty: the window has days).
        #expect(scope("2018-06").elapsedDays == 0)
        #expect(scope("2018-06").elapsedShare.percentText == "0.0")
        #expect(!scope("2018-06").hasStarted)
    }

    @Test func placesRowsByDate() {
        let december = scope("2018-12")
        #expect(december.place(CoalFixture.day("2018-12-05")) == .counted(inPeriod: true))
        #expect(december.place(CoalFixture.day("2018-11-05")) == .counted(inPeriod: false))
        // Campaign bounds are inclusive.
        #expect(december.place(CoalFixture.day("2018-09-01")) == .counted(inPeriod: false))
        #expect(december.place(CoalFixture.day("2018-12-31")) == .counted(inPeriod: true))
        #expect(december.place(CoalFixture.day("2018-08-31")) == .outsideCampaign)
        #expect(december.place(CoalFixture.day("2019-01-03")) == .afterPeriodEnd)
        // The previous year's campaign is not this report's business.
        #expect(december.place(CoalFixture.day("2017-12-01")) == .earlierYear)
        // In January the quota year is 2019: a delivery of 2019-01-03 is outside the 2019 window.
        #expect(scope("2019-01").place(CoalFixture.day("2019-01-03")) == .outsideCampaign)
        #expect(scope("2019-01").place(CoalFixture.day("2018-12-20")) == .earlierYear)
    }

    @Test func campaignDatesMissingInTheQuotaYearAreAnError() throws {
        var policy = CoalFixture.policy
        policy.coal.campaignStart = (2, 29)
        policy.coal.campaignEnd = (12, 31)
        // 2019 is a common year: 2019-02-29 does not exist.
        #expect(throws: CoalJobError.campaignNotInYear(2019)) {
            try CoalJob(period: Period("2019-03")!, reference: CoalFixture.reference(), policy: policy)
        }
        // 2020 is a leap year: fine.
        _ = try CoalJob(period: Period("2020-03")!, reference: CoalFixture.reference(), policy: policy)
    }
}
