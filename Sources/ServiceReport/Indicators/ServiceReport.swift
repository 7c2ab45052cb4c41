import ReportCore

/// Everything the `service` job computed for one period, ready to render: no file, no
/// Markdown, no CSV here.
public struct ServiceReport: Sendable {
    /// Items with fewer rated tickets than this are left out of the worst-rated list, so one
    /// unhappy citizen does not put a rarely used item at the top.
    public static let worstRatedMinimumRated = 10
    /// How many worst-rated items the summary lists.
    public static let worstRatedLimit = 5

    public let period: Period
    /// The 30% rule applied.
    public let rule: TimeLimitRule
    /// The step limit of 三环节以内率 (policy `service.max_steps`).
    public let maxSteps: Int
    /// False when the calendar does not cover the previous period: every rank change is “—”.
    public let previousPeriodCovered: Bool
    /// Every catalogue item, in catalogue order.
    public let items: [ItemIndicators]
    /// Departments, halls and townships in ranking order (unranked last).
    public let departments: [GroupIndicators]
    public let halls: [GroupIndicators]
    public let townships: [GroupIndicators]
    /// The whole district (items assessed over the whole catalogue).
    public let district: GroupIndicators
    /// The whole district in the previous period, for the brief's changes; nil when the
    /// calendar does not cover it.
    public let previousDistrict: GroupIndicators?
    /// Overdue open tickets, most overdue first, then by ticket id.
    public let overdue: [OverdueTicket]
    /// Departments breaking the 30% rule: most non-compliant items first, then catalogue order.
    public let breaches: [DepartmentBreach]
    /// Lowest 满意率 among items with at least `worstRatedMinimumRated` rated tickets.
    public let worstRatedItems: [ItemIndicators]
    /// District 按时办结率 of the tickets completed in each month of the period; for a month
    /// report, each month of the year to date (the trend of a month report).
    public let monthlyOnTime: [Rate]
}

extension ServiceReport {
    /// Builds the report from the streamed tallies.
    init(tally: ServiceTally, rule: TimeLimitRule, score: ServiceScore) {
        let catalogue = tally.catalogue
        let previousCovered = tally.windows[1].covered
        period = tally.windows[0].period
        self.rule = rule
        maxSteps = tally.maxSteps
        previousPeriodCovered = previousCovered

        items = catalogue.items.indices.map {
            ItemIndicators(item: catalogue.items[$0], status: catalogue.status[$0], tally: tally.items[$0])
        }
        func departments(_ slot: Int) -> [GroupIndicators] {
            catalogue.departments.indices.map {
                GroupIndicators(name: catalogue.departments[$0], tally: tally.periods[slot].departments[$0],
                                itemPositions: catalogue.items(ofDepartment: $0), catalogue: catalogue)
            }
        }
        func groups(_ names: [String], _ tallies: [GroupTally]) -> [GroupIndicators] {
            names.indices.map {
                GroupIndicators(name: names[$0], tally: tallies[$0], itemPositions: tallies[$0].completedItems.members,
                                catalogue: catalogue)
            }
        }
        self.departments = GroupRanking.rank(departments(0), previous: previousCovered ? departments(1) : nil, by: score)
        // Halls are listed in name order before ranking, so ties are broken the same way on every run.
        let hallOrder = tally.hallNames.indices.sorted { tally.hallNames[$0] < tally.hallNames[$1] }
        let hallNames = hallOrder.map { tally.hallNames[$0] }
        halls = GroupRanking.rank(groups(hallNames, hallOrder.map { tally.periods[0].halls[$0] }),
                                  previous: previousCovered ? groups(hallNames, hallOrder.map { tally.periods[1].halls[$0] }) : nil,
                                  by: score)
        townships = GroupRanking.rank(groups(tally.townshipNames, tally.periods[0].townships),
                                      previous: previousCovered ? groups(tally.townshipNames, tally.periods[1].townships) : nil,
                                      by: score)
        var district = GroupIndicators(name: "全区", tally: tally.periods[0].district,
                                       itemPositions: Array(catalogue.items.indices), catalogue: catalogue)
        district.score = score.score(of: district)
        self.district = district
        previousDistrict = previousCovered
            ? GroupIndicators(name: "全区", tally: tally.periods[1].district, itemPositions: Array(catalogue.items.indices),
                              catalogue: catalogue)
            : nil
        let overdue = tally.overdue
        let inOrder = zip(overdue, overdue.dropFirst()).allSatisfy { !OverdueTicket.reportOrder($1, $0) }
        self.overdue = inOrder ? overdue : overdue.sorted(by: OverdueTicket.reportOrder)
        monthlyOnTime = tally.monthlyOnTime.map { Rate(numerator: $0.onTime, denominator: $0.completed) }

        let items = self.items
        breaches = catalogue.departments.indices.compactMap { department -> DepartmentBreach? in
            let positions = catalogue.items(ofDepartment: department)
            let failing = positions.filter { catalogue.status[$0] == .nonCompliant }
            guard !failing.isEmpty else { return nil }
            return DepartmentBreach(department: catalogue.departments[department],
                                    assessedItems: positions.filter { catalogue.status[$0].isAssessed }.count,
                                    items: failing.map { items[$0] })
        }
        .enumerated().sorted { a, b in
            a.element.items.count != b.element.items.count ? a.element.items.count > b.element.items.count : a.offset < b.offset
        }
        .map(\.element)
        worstRatedItems = ItemIndicators.worstRated(items, minimumRated: Self.worstRatedMinimumRated,
                                                    limit: Self.worstRatedLimit)
    }
}
