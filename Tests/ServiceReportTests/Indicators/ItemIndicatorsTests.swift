import Testing
@testable import ReportInputs
@testable import ServiceReport

@Suite struct ItemIndicatorsTests {
    func row(_ code: String, rated: Int, satisfied: Int) -> ItemIndicators {
        var tally = ItemTally()
        tally.completed = rated
        tally.rated = rated
        tally.satisfied = satisfied
        let item = ServiceItem(code: code, name: code, department: "甲局", statutoryDays: 10, committedDays: 3,
                               isImmediate: false, isComplex: false)
        return ItemIndicators(item: item, status: .compliant, tally: tally)
    }

    @Test func ratiosOfTheCatalogueLimits() throws {
        let items = try decemberReport().items
        // T-002: 7 / 20 = 35.0%; 1 − 7/20 = 65.0%.
        #expect(items[1].committedShare.percentText == "35.0")
        #expect(items[1].compression.percentText == "65.0")
        // T-003: statutory 0 → both empty, not 0.
        #expect(items[2].committedShare.percentText == "")
        #expect(items[2].compression.percentText == "")
        // T-004 completed once, unrated: 满意率 empty.
        #expect(items[3].satisfactionRate.percentText == "")
    }

    @Test func worstRatedNeedsEnoughRatingsAndSortsExactly() {
        let items = [
            row("A", rated: 12, satisfied: 9),   // 75.0%
            row("B", rated: 9, satisfied: 1),    // 11.1%, but only 9 rated: left out
            row("C", rated: 20, satisfied: 15),  // 75.0%, more rated than A: before A
            row("D", rated: 10, satisfied: 10),  // 100.0%
            row("E", rated: 30, satisfied: 20),  // 66.7%: lowest
        ]
        let worst = ItemIndicators.worstRated(items, minimumRated: 10, limit: 3)
        #expect(worst.map(\.item.code) == ["E", "C", "A"])
    }

    @Test func summaryUsesTenRatedTicketsAsTheMinimum() throws {
        #expect(ServiceReport.worstRatedMinimumRated == 10)
        // The December scenario has no item with 10 rated tickets.
        #expect(try decemberReport().worstRatedItems.isEmpty)
    }

    @Test func breachesListDepartmentsWithNonCompliantItems() throws {
        let breaches = try decemberReport().breaches
        #expect(breaches.map(\.department) == ["甲局"])
        #expect(breaches.first?.items.map(\.item.code) == ["T-002"])
        #expect(breaches.first?.assessedItems == 2)
    }
}
