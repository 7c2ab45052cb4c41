import ReportCore
import ReportInputs

/// The first and last day of a period, and whether the calendar covers it.
struct PeriodWindow: Sendable {
    let period: Period
    let first: Day
    let last: Day
    /// The calendar covers every day of the period (a period never spans two years).
    let covered: Bool

    init(_ period: Period, calendar: WorkingDayCalendar) {
        self.period = period
        first = period.first
        last = period.last
        covered = calendar.covers(first) && calendar.covers(last)
    }

    func contains(_ day: Day) -> Bool { first <= day && day <= last }
}

/// Accumulates tickets as they stream, for the report period and its previous period at
/// once (the previous one only for rank change), into per-group tallies.
///
/// The per-ticket path does no string building and no Foundation: one catalogue lookup by
/// the row's item code, one lookup by its hall and township strings, integer updates. Memory
/// is O(groups × 2 periods) plus the overdue list.
struct ServiceTally: Sendable {
    let catalogue: CatalogueIndex
    let calendar: WorkingDayCalendar
    let maxSteps: Int
    /// `[current, previous]`.
    let windows: [PeriodWindow]
    let townshipNames: [String]
    private let townshipPosition: ByteKeyTable<Int>
    private(set) var hallNames: [String] = []
    private var hallPosition = ByteKeyTable<Int>()
    /// Hall slot + 1 by interner id (`ServiceTicket.hallID`); 0 where not yet seen.
    private var hallSlotOfID: [Int] = []
    /// `[current, previous]`.
    var periods: [PeriodTallies]
    /// Per catalogue item, current period.
    var items: [ItemTally]
    private(set) var overdue: [OverdueTicket] = []

    mutating func appendOverdue(_ tickets: [OverdueTicket]) { overdue += tickets }

    /// Puts the overdue list in report order in place (no second copy of a long list).
    mutating func sortOverdue() { overdue.sort(by: OverdueTicket.reportOrder) }

    mutating func mergeMonthly(_ other: [(completed: Int, onTime: Int)]) {
        for index in monthlyOnTime.indices {
            monthlyOnTime[index].completed += other[index].completed
            monthlyOnTime[index].onTime += other[index].onTime
        }
    }
    /// District (completed, on time) per month of the report period, for the trend chart.
    private(set) var monthlyOnTime: [(completed: Int, onTime: Int)]
    /// The first day of each month of the period, for finding a day's month by comparison.
    private let monthStarts: [Day]
    /// The first day the calendar could not answer for (a gap year between covered years).
    var calendarProblem: CalendarError?

    init(period: Period, catalogue: CatalogueIndex, calendar: WorkingDayCalendar, townships: [String], maxSteps: Int) {
        self.catalogue = catalogue
        self.calendar = calendar
        self.maxSteps = maxSteps
        windows = [PeriodWindow(period, calendar: calendar), PeriodWindow(period.previous, calendar: calendar)]
        townshipNames = townships
        townshipPosition = ByteKeyTable(townships.enumerated().map { ($1, $0) })
        let empty = PeriodTallies(departmentCount: catalogue.departments.count, townshipCount: townships.count,
                                  itemCapacity: catalogue.items.count)
        periods = [empty, empty]
        items = Array(repeating: ItemTally(), count: catalogue.items.count)
        // The trend's months: the period's, or for a month report the year to date.
        let months = period.kind == .month
            ? (1...period.months[0].index).map { Period(kind: .month, year: period.year, index: $0)! }
            : period.months
        monthStarts = months.map(\.first)
        monthlyOnTime = Array(repeating: (0, 0), count: monthStarts.count)
    }

    /// Adds one validated ticket.
    mutating func add(_ ticket: ServiceTicket) {
        let current = windows[0], previous = windows[1]
        guard current.covered, calendarProblem == nil,
              let item = ticket.itemPosition ?? catalogue.position(of: ticket.itemCode) else { return }
        let received = ticket.receivedAt.day
        let completedDay = ticket.completedAt?.day
        let completedNow = completedDay.map(current.contains) ?? false
        let completedBefore = previous.covered && (completedDay.map(previous.contains) ?? false)
        let receivedNow = current.contains(received)
        let receivedBefore = previous.covered && previous.contains(received)
        let openAtEnd = received <= current.last && (completedDay.map { $0 > current.last } ?? true)
        // Completed within the trend's months (a month report's year to date): counts only there.
        let completedInTrend = completedDay.map { $0 >= monthStarts[0] && $0 <= current.last } ?? false
        guard receivedNow || completedNow || receivedBefore || completedBefore || openAtEnd || completedInTrend else { return }

        let limits = catalogue.limits[item]
        var completion: CompletedTicket?
        if let completedDay, completedNow || completedBefore || completedInTrend {
            let elapsed: Int
            do {
                elapsed = try ElapsedWorkingDays.count(received: received, through: completedDay,
                                                       suspendedDays: ticket.suspendedDays, calendar: calendar)
            } catch {
                // Only the periods' own tickets must be countable; a trend-only ticket the
                // calendar cannot answer for is left out of the trend.
                if completedNow || completedBefore { calendarProblem = error }
                return
            }
            completion = CompletedTicket(
                item: item, statutoryDays: limits.statutoryDays, elapsedDays: elapsed,
                onTime: elapsed <= limits.committedDays, immediate: limits.isImmediate,
                withinSteps: ticket.steps <= maxSteps, online: ticket.channel.isOnline, visits: ticket.visits,
                rating: ticket.rating, waitTenths: ticket.waitTenths)
        }
        var overdueElapsed: Int?
        if openAtEnd {
            do {
                let elapsed = try ElapsedWorkingDays.count(received: received, through: current.last,
                                                           suspendedDays: ticket.suspendedDays, calendar: calendar)
                if elapsed > limits.committedDays { overdueElapsed = elapsed }
            } catch {
                calendarProblem = error
                return
            }
        }

        let department = catalogue.departmentOfItem[item]
        let hall = hallSlot(ticket.hall, id: ticket.hallID)
        let township = ticket.townshipPosition ?? ticket.township.flatMap { townshipPosition.value(for: $0) }
        if receivedNow || completedNow || overdueElapsed != nil {
            update(slot: 0, department: department, hall: hall, township: township, received: receivedNow,
                   completion: completedNow ? completion : nil, overdue: overdueElapsed != nil)
        }
        if receivedBefore || completedBefore {
            update(slot: 1, department: department, hall: hall, township: township, received: receivedBefore,
                   completion: completedBefore ? completion : nil, overdue: false)
        }
        if completedInTrend, let completion, let completedDay {
            let month = (monthStarts.lastIndex { $0 <= completedDay }) ?? 0
            monthlyOnTime[month].completed += 1
            if completion.onTime { monthlyOnTime[month].onTime += 1 }
        }
        if completedNow, let completion {
            items[item].completed += 1
            if completion.onTime { items[item].onTime += 1 }
            if let rating = completion.rating {
                items[item].rated += 1
                if rating.isSatisfied { items[item].satisfied += 1 }
            }
        }
        if let overdueElapsed {
            overdue.append(OverdueTicket(
                ticketID: ticket.ticketID, hall: ticket.hall, township: ticket.township,
                catalogueItems: catalogue.items, itemPosition: item, channel: ticket.channel, receivedAt: ticket.receivedAt, completedAt: ticket.completedAt,
                suspendedDays: ticket.suspendedDays ?? 0, elapsedDays: overdueElapsed))
        }
    }

    /// The position of `hall` through its interner id: an array index and a comparison of
    /// two strings that are normally the same interned one (equal storage: no byte compare).
    /// The comparison keeps it right if tickets from two interners ever met in one tally.
    /// Ids past 65 535 (an interner that also holds other files' texts) go by the name, so
    /// that the array stays small.
    mutating func hallSlot(_ hall: String, id: Int?) -> Int {
        guard let id, id < 1 << 16 else { return hallSlot(hall) }
        if id < hallSlotOfID.count, hallSlotOfID[id] > 0, hallNames[hallSlotOfID[id] - 1] == hall {
            return hallSlotOfID[id] - 1
        }
        let slot = hallSlot(hall)
        if id >= hallSlotOfID.count {
            hallSlotOfID.append(contentsOf: repeatElement(0, count: id + 1 - hallSlotOfID.count))
        }
        hallSlotOfID[id] = slot + 1
        return slot
    }

    /// The position of `hall`, registering it (in both periods) on first sight.
    mutating func hallSlot(_ hall: String) -> Int {
        if let position = hallPosition.value(for: hall) { return position }
        let position = hallNames.count
        hallPosition.insert(hall, position)
        hallNames.append(hall)
        for slot in periods.indices {
            periods[slot].halls.append(GroupTally(itemCapacity: catalogue.items.count))
        }
        return position
    }

    private mutating func update(slot: Int, department: Int, hall: Int, township: Int?, received: Bool,
                                 completion: CompletedTicket?, overdue: Bool) {
        Self.update(&periods[slot].departments[department], received: received, completion: completion, overdue: overdue)
        Self.update(&periods[slot].halls[hall], received: received, completion: completion, overdue: overdue)
        if let township {
            Self.update(&periods[slot].townships[township], received: received, completion: completion, overdue: overdue)
        }
    }

    private static func update(_ tally: inout GroupTally, received: Bool, completion: CompletedTicket?, overdue: Bool) {
        if received { tally.received += 1 }
        if let completion { tally.record(completion) }
        if overdue { tally.overdueOpen += 1 }
    }
}
