import ReportInputs

/// What one completed ticket contributes to its groups, worked out once per ticket.
struct CompletedTicket {
    /// Catalogue position of the ticket's item.
    var item: Int
    var statutoryDays: Int
    var elapsedDays: Int
    /// Elapsed ≤ committed.
    var onTime: Bool
    /// The item is a 即办件.
    var immediate: Bool
    /// Steps ≤ the policy's maximum (3).
    var withinSteps: Bool
    /// Through 网上 or 手机APP.
    var online: Bool
    var visits: Int
    var rating: ServiceRating?
    /// 等候时长 in tenths of a minute.
    var waitTenths: Int?
}

/// The running counts of one group (a department, hall, township or the district) in one
/// period: plain integers, a wait histogram and a bit set of items, so memory does not grow
/// with the number of tickets.
struct GroupTally: Sendable {
    /// Tickets received within the period (受理量).
    var received = 0
    /// Tickets completed within the period (办结量); every count below is over these.
    var completed = 0
    var onTime = 0
    var immediate = 0
    var withinSteps = 0
    var online = 0
    var oneVisit = 0
    var zeroVisits = 0
    var rated = 0
    var satisfied = 0
    var dissatisfied = 0
    /// Σ statutory days and Σ elapsed days over completed tickets whose item has statutory > 0.
    var statutoryDaysTotal = 0
    var elapsedDaysTotal = 0
    /// Tickets received by period end, open at period end, past their committed limit.
    var overdueOpen = 0
    var wait = WaitHistogram()
    /// Distinct items with a ticket completed in the period.
    var completedItems: ItemSet

    init(itemCapacity: Int) {
        completedItems = ItemSet(capacity: itemCapacity)
    }

    mutating func record(_ ticket: CompletedTicket) {
        completed += 1
        if ticket.onTime { onTime += 1 }
        if ticket.immediate { immediate += 1 }
        if ticket.withinSteps { withinSteps += 1 }
        if ticket.online { online += 1 }
        if ticket.visits <= 1 { oneVisit += 1 }
        if ticket.visits == 0 { zeroVisits += 1 }
        if let rating = ticket.rating {
            rated += 1
            if rating.isSatisfied { satisfied += 1 } else { dissatisfied += 1 }
        }
        if ticket.statutoryDays > 0 {
            statutoryDaysTotal += ticket.statutoryDays
            elapsedDaysTotal += ticket.elapsedDays
        }
        if let tenths = ticket.waitTenths { wait.add(tenths: tenths) }
        completedItems.insert(ticket.item)
    }
}

/// The tallies of every group in one period.
struct PeriodTallies: Sendable {
    var departments: [GroupTally]
    var halls: [GroupTally] = []
    var townships: [GroupTally]
    private let itemCapacity: Int

    init(departmentCount: Int, townshipCount: Int, itemCapacity: Int) {
        let empty = GroupTally(itemCapacity: itemCapacity)
        departments = Array(repeating: empty, count: departmentCount)
        townships = Array(repeating: empty, count: townshipCount)
        self.itemCapacity = itemCapacity
    }

    /// The whole district: every ticket has exactly one department (its item's), so the
    /// district is the merge of the departments, worked out when asked for rather than
    /// tallied per ticket.
    var district: GroupTally {
        departments.reduce(into: GroupTally(itemCapacity: itemCapacity)) { $0.merge($1) }
    }
}

/// Per-item counts of the current period, for item_compression.csv and the worst-rated list.
struct ItemTally: Sendable {
    var completed = 0
    var onTime = 0
    var rated = 0
    var satisfied = 0
}
