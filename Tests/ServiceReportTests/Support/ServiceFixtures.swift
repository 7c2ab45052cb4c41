import ReportCore
@testable import ReportInputs
@testable import ServiceReport

/// A day of the fixtures: `day(2018, 9, 28)`.
func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

/// The State Council entries the tests need, as in `datasets/reference/calendar.csv`:
/// 中秋 and 国庆 2018 (29/30 September make-up workdays, 1–7 October off), 元旦 2019
/// (Saturday 29 December 2018 worked, 30 December – 1 January off). Covers 2018 and 2019.
let fixtureCalendar: WorkingDayCalendar = {
    var entries: [(day: Day, kind: WorkingDayCalendar.Kind)] = [
        (day(2018, 9, 22), .holiday), (day(2018, 9, 23), .holiday), (day(2018, 9, 24), .holiday),
        (day(2018, 9, 29), .makeUpWorkday), (day(2018, 9, 30), .makeUpWorkday),
        (day(2018, 12, 29), .makeUpWorkday), (day(2018, 12, 30), .holiday), (day(2018, 12, 31), .holiday),
        (day(2019, 1, 1), .holiday),
    ]
    for d in 1...7 { entries.append((day(2018, 10, d), .holiday)) }
    return try! WorkingDayCalendar(entries: entries)
}()

/// Five items over three departments:
/// - T-001 事项一, 甲局, statutory 20, committed 6: complies (600 ≤ 600);
/// - T-002 事项二, 甲局, 20 / 7: breaks the rule (700 > 600);
/// - T-003 事项三, 乙局, 0 / 0, 即办件: complies (statutory 0, committed 0);
/// - T-004 事项四, 乙局, 60 / 30, 复杂事项: exempt;
/// - T-005 事项五, 丙局, 10 / 2, 复杂事项: exempt (丙局 has no assessed item).
let fixtureItems = [
    ServiceItem(code: "T-001", name: "事项一", department: "甲局", statutoryDays: 20, committedDays: 6,
                isImmediate: false, isComplex: false),
    ServiceItem(code: "T-002", name: "事项二", department: "甲局", statutoryDays: 20, committedDays: 7,
                isImmediate: false, isComplex: false),
    ServiceItem(code: "T-003", name: "事项三", department: "乙局", statutoryDays: 0, committedDays: 0,
                isImmediate: true, isComplex: false),
    ServiceItem(code: "T-004", name: "事项四", department: "乙局", statutoryDays: 60, committedDays: 30,
                isImmediate: false, isComplex: true),
    ServiceItem(code: "T-005", name: "事项五", department: "丙局", statutoryDays: 10, committedDays: 2,
                isImmediate: false, isComplex: true),
]

/// Two townships, 博山镇 first.
let fixtureReference = ReferenceData(
    townships: TownshipDirectory([Township(name: "博山镇", aliases: [], order: 1),
                                  Township(name: "源泉镇", aliases: ["源泉"], order: 2)]),
    quotas: [], calendar: fixtureCalendar, catalogue: ServiceCatalogue(fixtureItems), register: FoodEntityRegister([]))

let fixturePolicy = try! BuiltInPolicy.load()

/// The district centre and a township centre.
let centre = "区政务服务中心"
let yuanquanCentre = "源泉镇便民服务中心"

/// A validated ticket as ServiceTicketFile would hand it over; received at 09:00 and
/// completed at 16:00 unless told otherwise.
func ticket(_ id: String, item: String, hall: String = centre, township: String? = "博山镇",
            channel: ServiceChannel = .counter, received: Day, completed: Day? = nil,
            steps: Int = 3, visits: Int = 1, rating: ServiceRating? = nil, wait: Int? = nil,
            suspended: Int? = nil) -> ServiceTicket {
    let department = fixtureItems.first { $0.code == item }!.department
    return ServiceTicket(ticketID: id, hall: hall, township: township, department: department, itemCode: item,
                         channel: channel, receivedAt: DateTime(day: received, secondOfDay: 9 * 3600),
                         completedAt: completed.map { DateTime(day: $0, secondOfDay: 16 * 3600) },
                         steps: steps, visits: visits, rating: rating, waitTenths: wait.map { $0 * 10 }, suspendedDays: suspended)
}

/// The December 2018 scenario the indicator and render tests share (elapsed working days
/// worked out in each comment; the calendar above).
let decemberTickets: [ServiceTicket] = [
    // Mon 3 Dec → Wed 5 Dec: 4, 5 → 2 ≤ 6, on time.
    ticket("D1", item: "T-001", received: day(2018, 12, 3), completed: day(2018, 12, 5),
           steps: 3, visits: 1, rating: .satisfied, wait: 10),
    // Mon 10 Dec → Thu 20 Dec: 11–14 (4) + 17–20 (4) = 8 > 6, late.
    ticket("D2", item: "T-001", township: "源泉镇", channel: .online, received: day(2018, 12, 10),
           completed: day(2018, 12, 20), steps: 4, visits: 0, rating: .dissatisfied),
    // Received Fri 28 Dec, completed 2 Jan 2019: open at period end with 1 working day
    // (Sat 29 班; 30, 31 休) ≤ 7, not overdue.
    ticket("D3", item: "T-002", hall: yuanquanCentre, township: "源泉镇", channel: .mobileApp,
           received: day(2018, 12, 28), completed: day(2019, 1, 2)),
    // 即办件 done the same day: 0 ≤ 0. No township.
    ticket("D4", item: "T-003", hall: yuanquanCentre, township: nil, received: day(2018, 12, 5),
           completed: day(2018, 12, 5), steps: 1, visits: 1, rating: .verySatisfied, wait: 4),
    // Complex item received Thu 1 Nov, completed Fri 14 Dec: Nov 2 (1) + 4 weeks (20) + 2 weeks
    // of December (10) = 31, less 10 suspended = 21 ≤ 30.
    ticket("D5", item: "T-004", received: day(2018, 11, 1), completed: day(2018, 12, 14),
           steps: 5, visits: 2, wait: 20, suspended: 10),
    // Received Tue 20 Nov, still open: Nov 21–23 (3) + 26–30 (5) + Dec 4 weeks (20) + Sat 29 班 (1)
    // = 29 > 6: overdue by 23 (and past the statutory 20).
    ticket("D6", item: "T-001", received: day(2018, 11, 20)),
    // 即办件 received Mon 3 Dec, still open: Dec 4–7 (4) + 3 weeks (15) + Sat 29 班 (1) = 20 > 0.
    ticket("D7", item: "T-003", received: day(2018, 12, 3)),
    // Received Mon 26 Nov, completed 3 Jan: through 31 Dec 4 + 21 = 25, less 25 suspended = 0.
    ticket("D8", item: "T-001", township: "源泉镇", received: day(2018, 11, 26), completed: day(2019, 1, 3),
           suspended: 25),
    // November only (previous period, for rank change).
    // Mon 5 Nov → Tue 6 Nov: 1 ≤ 6.
    ticket("P1", item: "T-001", received: day(2018, 11, 5), completed: day(2018, 11, 6),
           steps: 2, visits: 1, rating: .satisfied, wait: 5),
    // Wed 7 Nov → Thu 8 Nov: 1 > 0, late.
    ticket("P2", item: "T-003", hall: yuanquanCentre, township: "源泉镇", received: day(2018, 11, 7),
           completed: day(2018, 11, 8), visits: 2, rating: .dissatisfied),
]

/// The job for `period` fed with `tickets`.
func job(_ period: String, _ tickets: [ServiceTicket], policy: Policy = fixturePolicy) -> ServiceJob {
    var job = ServiceJob(period: Period(period)!, reference: fixtureReference, policy: policy)
    for ticket in tickets { job.add(ticket) }
    return job
}

/// The December 2018 report of `decemberTickets`.
func decemberReport() throws -> ServiceReport {
    try job("2018-12", decemberTickets).report()
}

extension Array where Element == GroupIndicators {
    /// The group named `name`.
    func named(_ name: String) -> GroupIndicators? { first { $0.name == name } }
}
