import Testing
import ReportCore

@Suite("Period")
struct PeriodTests {
    struct Bounds: Sendable, CustomTestStringConvertible {
        let text: String
        let kind: Period.Kind
        let first: Day
        let last: Day
        let chineseName: String
        var testDescription: String { text }
    }

    static let bounds: [Bounds] = [
        Bounds(text: "2018-10", kind: .month, first: date(2018, 10, 1), last: date(2018, 10, 31), chineseName: "2018年10月"),
        Bounds(text: "2018-01", kind: .month, first: date(2018, 1, 1), last: date(2018, 1, 31), chineseName: "2018年1月"),
        Bounds(text: "2018-04", kind: .month, first: date(2018, 4, 1), last: date(2018, 4, 30), chineseName: "2018年4月"),
        Bounds(text: "2018-02", kind: .month, first: date(2018, 2, 1), last: date(2018, 2, 28), chineseName: "2018年2月"),
        Bounds(text: "2020-02", kind: .month, first: date(2020, 2, 1), last: date(2020, 2, 29), chineseName: "2020年2月"),
        Bounds(text: "2000-02", kind: .month, first: date(2000, 2, 1), last: date(2000, 2, 29), chineseName: "2000年2月"),
        Bounds(text: "1900-02", kind: .month, first: date(1900, 2, 1), last: date(1900, 2, 28), chineseName: "1900年2月"),
        Bounds(text: "2018-12", kind: .month, first: date(2018, 12, 1), last: date(2018, 12, 31), chineseName: "2018年12月"),
        Bounds(text: "2018-Q1", kind: .quarter, first: date(2018, 1, 1), last: date(2018, 3, 31), chineseName: "2018年第一季度"),
        Bounds(text: "2018-Q2", kind: .quarter, first: date(2018, 4, 1), last: date(2018, 6, 30), chineseName: "2018年第二季度"),
        Bounds(text: "2018-Q3", kind: .quarter, first: date(2018, 7, 1), last: date(2018, 9, 30), chineseName: "2018年第三季度"),
        Bounds(text: "2018-Q4", kind: .quarter, first: date(2018, 10, 1), last: date(2018, 12, 31), chineseName: "2018年第四季度"),
        Bounds(text: "2018-H1", kind: .halfYear, first: date(2018, 1, 1), last: date(2018, 6, 30), chineseName: "2018年上半年"),
        Bounds(text: "2018-H2", kind: .halfYear, first: date(2018, 7, 1), last: date(2018, 12, 31), chineseName: "2018年下半年"),
        Bounds(text: "2018", kind: .year, first: date(2018, 1, 1), last: date(2018, 12, 31), chineseName: "2018年"),
        Bounds(text: "1900", kind: .year, first: date(1900, 1, 1), last: date(1900, 12, 31), chineseName: "1900年"),
        Bounds(text: "2100-Q4", kind: .quarter, first: date(2100, 10, 1), last: date(2100, 12, 31), chineseName: "2100年第四季度"),
    ]

    @Test(arguments: bounds)
    func parsesWithBounds(_ b: Bounds) throws {
        let period = try #require(Period(b.text))
        #expect(period.kind == b.kind)
        #expect(period.year == b.first.year)
        #expect(period.first == b.first)
        #expect(period.last == b.last)
        #expect(period.description == b.text)
        #expect(period.chineseName == b.chineseName)
        #expect(period.contains(b.first) && period.contains(b.last))
        #expect(!period.contains(b.first.adding(days: -1)) && !period.contains(b.last.adding(days: 1)))
    }

    @Test(arguments: [
        "2018-1", "2018-13", "2018-00", "2018-Q5", "2018-Q0", "2018-H3", "2018-H0", "2018-q4", "2018-h2",
        " 2018", "2018 ", "../../etc", "", "2018-", "2018-Q", "18-10", "2018-10-01", "２０１８", "2018/10",
        "2018-1Q", "20180", "2018-M1", "+2018", "1899", "2101", "1899-12", "2018-Q4/..", "2018\n", "2018-001",
    ])
    func rejects(text: String) {
        #expect(Period(text) == nil)
    }

    @Test(arguments: [
        ("2018-01", "2017-12"), ("2018-10", "2018-09"), ("2018-Q1", "2017-Q4"), ("2018-Q3", "2018-Q2"),
        ("2018-H1", "2017-H2"), ("2018-H2", "2018-H1"), ("2018", "2017"), ("1900-01", "1899-12"),
    ])
    func previous(text: String, expected: String) throws {
        #expect(try #require(Period(text)).previous.description == expected)
    }

    @Test(arguments: [
        ("2018-10", ["2018-10"]),
        ("2018-Q4", ["2018-10", "2018-11", "2018-12"]),
        ("2018-H1", ["2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06"]),
        ("2018", ["2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06",
                  "2018-07", "2018-08", "2018-09", "2018-10", "2018-11", "2018-12"]),
    ])
    func months(text: String, expected: [String]) throws {
        #expect(try #require(Period(text)).months.map(\.description) == expected)
    }

    @Test func containingDay() {
        let day = date(2018, 11, 15)
        #expect(Period(kind: .month, containing: day).description == "2018-11")
        #expect(Period(kind: .quarter, containing: day).description == "2018-Q4")
        #expect(Period(kind: .halfYear, containing: day).description == "2018-H2")
        #expect(Period(kind: .year, containing: day).description == "2018")
        #expect(Period(kind: .quarter, containing: date(2018, 3, 31)).description == "2018-Q1")
        #expect(Period(kind: .halfYear, containing: date(2018, 7, 1)).description == "2018-H2")
    }

    @Test func programmaticInit() {
        #expect(Period(kind: .quarter, year: 2018, index: 4) == Period("2018-Q4"))
        #expect(Period(kind: .quarter, year: 2018, index: 5) == nil)
        #expect(Period(kind: .month, year: 2018, index: 0) == nil)
        #expect(Period(kind: .year, year: 2018, index: 2) == nil)
    }

    /// Property, 2018–2020: a period's months tile it exactly (contiguous, first to last), its
    /// day count matches the calendar (366 in 2020), and contains() agrees with the months.
    @Test func monthsTileEveryPeriod() throws {
        for year in 2018...2020 {
            for kind in Period.Kind.allCases {
                for index in 1...kind.perYear {
                    let period = try #require(Period(kind: kind, year: year, index: index))
                    let months = period.months
                    #expect(months.first?.first == period.first)
                    #expect(months.last?.last == period.last)
                    for (a, b) in zip(months, months.dropFirst()) where a.last.adding(days: 1) != b.first {
                        Issue.record("\(a) and \(b) are not contiguous")
                    }
                    let days = months.reduce(0) { $0 + ($1.last - $1.first + 1) }
                    #expect(days == period.last - period.first + 1)
                    #expect(Period(period.description) == period)
                }
            }
            let yearDays = Period(kind: .year, year: year, index: 1)!
            #expect(yearDays.last - yearDays.first + 1 == (year == 2020 ? 366 : 365))
        }
    }
}
