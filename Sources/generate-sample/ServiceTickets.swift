import ReportCore

/// `service_tickets.csv` (办件): tickets received through the year (and a few in late
/// December of the year before), completions known up to the export day. UTF-8 with BOM,
/// LF, Chinese headers in SPEC order. Written month by month, so memory stays flat at any scale.
final class ServiceTickets {
    static let fileName = "service_tickets.csv"
    static let headers = ["办件编号", "受理大厅", "镇街", "部门", "事项编码", "办理渠道", "受理时间", "办结时间",
                          "办理环节数", "跑动次数", "评价", "等候时长(分钟)", "特殊环节(工作日)"]
    enum Column: Int {
        case id, hall, township, department, item, channel, received, completed, steps, visits, rating, wait, suspended
        var header: String { ServiceTickets.headers[rawValue] }
    }
    static let monthWeights = [0.95, 0.62, 1.08, 1.0, 1.02, 0.98, 1.05, 1.0, 1.1, 0.85, 1.12, 1.23]
    static let ratings = ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    /// Tickets a year at scale 1.
    static let yearVolume = 20_000.0

    struct Ticket {
        var day: Day
        var minute: Int32
        var item: Int32
        var hall: Int32
        var township: Int32
        var channel: Int8
    }

    let catalogue: Catalogue
    let settings: Settings
    let model: ServiceModel
    let year: Int
    var receipts: SeededGenerator
    private let hourPicker: WeightedPicker

    init(catalogue: Catalogue, settings: Settings) {
        self.catalogue = catalogue
        self.settings = settings
        year = catalogue.campaignYear
        var rng = settings.rng("service-model")
        model = ServiceModel(catalogue: catalogue, shape: settings.shape, rng: &rng)
        receipts = settings.rng("service-receipts")
        hourPicker = WeightedPicker([0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 1, 2, 4, 6, 6, 5, 3, 3, 5, 6, 6, 5, 4, 5, 6, 5, 3, 2])
    }

    /// (year, month, tickets, first day): late December of the year before, then each month.
    var months: [(year: Int, month: Int, count: Int, firstDay: Int)] {
        let total = Self.monthWeights.reduce(0, +)
        var list = [(year - 1, 12, settings.scaled(60), 18)]
        for m in 1...12 {
            list.append((year, m, Int((Self.yearVolume * settings.scale * Self.monthWeights[m - 1] / total).rounded()), 1))
        }
        return list
    }

    /// The receipts of one month, in time order.
    func receive(year y: Int, month m: Int, count: Int, firstDay: Int) -> [Ticket] {
        let cal = catalogue.calendar
        let days = (firstDay...Day.daysInMonth(year: y, month: m)).map { Day(year: y, month: m, day: $0)! }
        let lastDay = y < year ? Day(year: y, month: 12, day: 29)! : days[days.count - 1]
        let working = days.filter { cal.isWorking($0) && $0 <= lastDay }
        // Saturdays off but not inside a holiday (the Friday before is worked): weekend shifts.
        let saturdays = days.filter { $0.weekday == 6 && !cal.isWorking($0) && cal.isWorking($0.adding(days: -1)) && $0 <= lastDay }
        var tickets: [Ticket] = []
        tickets.reserveCapacity(count)
        for _ in 0..<count {
            let item = model.itemPicker.pick(&receipts)
            let route = model.routes[item][model.routePickers[item].pick(&receipts)]
            var township = -1
            var hall = route
            if route == -1 {
                township = model.townshipPicker.pick(&receipts)
                hall = model.firstTownshipHall + township
            } else if !receipts.chance(0.02) {
                township = model.townshipPicker.pick(&receipts)
            }
            let channel = model.channelPickers[item].pick(&receipts)
            var day: Day, minute: Int
            if channel == 1 || channel == 3 {
                repeat { day = receipts.pick(days) } while day > lastDay || (!cal.isWorking(day) && receipts.chance(0.5))
                minute = hourPicker.pick(&receipts) * 60 + receipts.below(60)
            } else {
                let shift = channel == 2 ? 0.05 : model.weekendHalls.contains(hall) ? 0.015 : 0
                day = !saturdays.isEmpty && receipts.chance(shift) ? receipts.pick(saturdays) : receipts.pick(working)
                minute = receipts.chance(0.6) ? 510 + receipts.below(196) : 810 + receipts.below(226)
            }
            tickets.append(Ticket(day: day, minute: Int32(minute), item: Int32(item), hall: Int32(hall),
                                  township: Int32(township), channel: Int8(channel)))
        }
        tickets.sort { ($0.day, $0.minute, $0.hall, $0.item) < ($1.day, $1.minute, $1.hall, $1.item) }
        return tickets
    }
}
