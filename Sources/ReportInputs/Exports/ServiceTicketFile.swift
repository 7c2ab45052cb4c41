import ReportCore

/// 办理渠道 of a ticket.
public enum ServiceChannel: String, CaseIterable, Sendable {
    case counter = "窗口"
    case online = "网上"
    case kiosk = "自助终端"
    case mobileApp = "手机APP"

    /// 网办: online or through the mobile app.
    public var isOnline: Bool { self == .online || self == .mobileApp }
}

/// 评价 of a ticket (好差评); blank when the applicant did not rate.
public enum ServiceRating: String, CaseIterable, Sendable {
    case verySatisfied = "非常满意"
    case satisfied = "满意"
    case fairlySatisfied = "基本满意"
    case dissatisfied = "不满意"
    case veryDissatisfied = "非常不满意"

    /// Counts towards 满意率.
    public var isSatisfied: Bool { self == .verySatisfied || self == .satisfied || self == .fairlySatisfied }
}

/// One service-hall ticket (办件).
public struct ServiceTicket: Hashable, Sendable {
    public var ticketID: String
    public var hall: String
    /// Nil when the export leaves it empty (the ticket then counts for its hall and
    /// department, not for any township).
    public var township: String?
    /// The catalogue's department for the item (the export's 部门 column is not
    /// trusted for grouping: item codes are).
    public var department: String
    public var itemCode: String
    public var channel: ServiceChannel
    public var receivedAt: DateTime
    public var completedAt: DateTime?
    public var steps: Int
    public var visits: Int
    public var rating: ServiceRating?
    /// 等候时长 in tenths of a minute (queue systems record decimals: `27.6`).
    public var waitTenths: Int?
    public var suspendedDays: Int?
    /// The item's position in the catalogue (`ServiceCatalogue.items`), so that a job
    /// need not look the code up again; nil when built without a catalogue.
    public var itemPosition: Int? = nil
    /// The township's position in the directory (`TownshipDirectory.all`), likewise.
    public var townshipPosition: Int? = nil
    /// The hall's id in the `StringInterner` of the reading that parsed it (equal ids,
    /// equal halls), so that a job can find the hall without hashing its name; nil when
    /// built by hand.
    public var hallID: Int? = nil
}

/// `service_tickets.csv`.
public enum ServiceTicketFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case ticketID, hall, township, department, itemCode, channel, receivedAt, completedAt
        case steps, visits, rating, waitMinutes, suspendedDays
        public var spec: ColumnSpec {
            switch self {
            case .ticketID: ColumnSpec("办件编号", "ticket_id", required: true, identifier: true)
            case .hall: ColumnSpec("受理大厅", "hall", required: true)
            case .township: ColumnSpec("镇街", "township")
            case .department: ColumnSpec("部门", "department")
            case .itemCode: ColumnSpec("事项编码", "item_code", required: true, identifier: true)
            case .channel: ColumnSpec("办理渠道", "channel", required: true)
            case .receivedAt: ColumnSpec("受理时间", "received_at", required: true)
            case .completedAt: ColumnSpec("办结时间", "completed_at", required: true, blankAllowed: true)
            case .steps: ColumnSpec("办理环节数", "steps", required: true, unit: .steps)
            case .visits: ColumnSpec("跑动次数", "visits", required: true, unit: .visits)
            case .rating: ColumnSpec("评价", "rating")
            case .waitMinutes: ColumnSpec("等候时长(分钟)", "wait_minutes", also: ["等候时长"], unit: .minutes)
            case .suspendedDays: ColumnSpec("特殊环节(工作日)", "suspended_days", also: ["特殊环节"], unit: .workingDays)
            }
        }
    }

    public static let fileName = "service_tickets.csv"
    public static let title = "政务服务办件"

    public static func parse(_ f: FieldReader<Column>, context: ExportContext) throws(RowReject) -> ServiceTicket {
        // Runs once per ticket (two million in a benchmark): no array, no copy of a
        // catalogue item, lookups straight from the field's bytes.
        let reference = context.reference
        let code = f.bytes(.itemCode)
        if code.isEmpty { throw f.missing(.itemCode) }
        guard let position = reference.catalogue.position(codeBytes: code) else {
            throw f.reject(.itemCode, .unknownItem, "“\(String(decoding: code, as: UTF8.self))”不在政务服务事项目录中（请核对编码，或加入参考数据 service_items.csv）")
        }
        let townshipPosition = try f.optionalTownshipPosition(.township, in: reference.townships)
        let received = try f.requiredDateTime(.receivedAt)
        let completed = try f.optionalDateTime(.completedAt)
        try checkCovered(received.day, .receivedAt, f, reference.calendar)
        if let completed { try checkCovered(completed.day, .completedAt, f, reference.calendar) }
        if let completed, completed < received {
            throw f.reject(.completedAt, .completedBeforeReceived, "办结时间 \(completed) 早于受理时间 \(received)")
        }
        let hall = try f.requiredInterned(.hall, interner: context.interner)
        return ServiceTicket(
            ticketID: try f.requiredText(.ticketID), hall: hall.text,
            township: townshipPosition.map { reference.townships.all[$0].name },
            department: reference.catalogue.items[position].department, itemCode: reference.catalogue.items[position].code,
            channel: try f.requiredChoice(.channel, context.vocabularies.channels),
            receivedAt: received, completedAt: completed,
            steps: try f.requiredCount(.steps), visits: try f.requiredCount(.visits),
            rating: try f.optionalChoice(.rating, context.vocabularies.ratings),
            waitTenths: try f.optionalDuration(.waitMinutes),
            suspendedDays: try f.optionalCount(.suspendedDays), itemPosition: position,
            townshipPosition: townshipPosition, hallID: hall.id)
    }

    private static func checkCovered(_ day: Day, _ column: Column, _ f: FieldReader<Column>,
                                     _ calendar: WorkingDayCalendar) throws(RowReject) {
        if !calendar.covers(day) {
            throw f.reject(column, .dateOutsideCalendar, "日期 \(day) 不在工作日历覆盖的年份内（\(calendar.coveredYearsText)）")
        }
    }

    public static func latestDay(of row: ServiceTicket) -> Day? { row.completedAt?.day ?? row.receivedAt.day }
    public static func township(of row: ServiceTicket) -> String? { row.township }
    public static func townshipPosition(of row: ServiceTicket) -> Int? { row.townshipPosition }
}

extension ValueUnit {
    /// 办理环节数 as typed: `3个`, `3个环节`, `3环节` (not `3步`: a step is not
    /// evidently a 环节, and the sample rejects it).
    static let steps = ValueUnit(name: "个环节", suffixes: ["个", "个环节", "环节"])
    /// 跑动次数 as typed: `1次`.
    static let visits = ValueUnit(name: "次", suffixes: ["次"])
}

extension WorkingDayCalendar {
    /// `2017–2019`, for messages.
    public var coveredYearsText: String {
        guard let first = coveredYears.first, let last = coveredYears.last else { return "无" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
}
