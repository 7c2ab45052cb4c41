import ReportCore
import ReportInputs

/// A ticket open at period end past its committed limit (超期在办): received by the
/// period's last day, not completed by then (no completion yet, or a completion after
/// period end), with more elapsed working days through period end than the item's
/// committed days.
///
/// The list grows with the export (every such ticket is reported), so an entry is kept
/// small: the catalogue item is a position into the shared catalogue array, not a copy.
public struct OverdueTicket: Sendable, Hashable {
    public let ticketID: String
    public let hall: String
    /// The ticket's 镇街, nil when the export left it empty.
    public let township: String?
    public let receivedAt: DateTime
    /// A completion after period end, when the export already has one; nil while open.
    public let completedAt: DateTime?
    private let catalogueItems: [ServiceItem]
    private let itemPosition: Int32
    private let suspended: Int32
    private let elapsed: Int32
    public let channel: ServiceChannel

    /// The catalogue item (its department, name and limits).
    public var item: ServiceItem { catalogueItems[Int(itemPosition)] }
    /// 特殊环节 days subtracted (0 when the export gave none).
    public var suspendedDays: Int { Int(suspended) }
    /// Working days after receipt through period end, less the suspended days.
    public var elapsedDays: Int { Int(elapsed) }

    /// An overdue ticket of item `itemPosition` of `catalogueItems`.
    init(ticketID: String, hall: String, township: String?, catalogueItems: [ServiceItem], itemPosition: Int,
         channel: ServiceChannel, receivedAt: DateTime, completedAt: DateTime?, suspendedDays: Int, elapsedDays: Int) {
        self.ticketID = ticketID
        self.hall = hall
        self.township = township
        self.catalogueItems = catalogueItems
        self.itemPosition = Int32(itemPosition)
        self.channel = channel
        self.receivedAt = receivedAt
        self.completedAt = completedAt
        // Working days fit Int32 by far: the calendar covers a few years.
        self.suspended = Int32(clamping: suspendedDays)
        self.elapsed = Int32(clamping: elapsedDays)
    }

    public static func == (a: OverdueTicket, b: OverdueTicket) -> Bool {
        a.ticketID == b.ticketID && a.hall == b.hall && a.township == b.township && a.item == b.item
            && a.channel == b.channel && a.receivedAt == b.receivedAt && a.completedAt == b.completedAt
            && a.suspended == b.suspended && a.elapsed == b.elapsed
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ticketID)
        hasher.combine(receivedAt)
        hasher.combine(item.code)
    }

    /// Working days past the committed limit (> 0).
    public var overdueDays: Int { elapsedDays - item.committedDays }
    /// Past the statutory limit as well.
    public var pastStatutoryLimit: Bool { elapsedDays > item.statutoryDays }

    /// The order of `overdue.csv`: most overdue first, then by ticket id, then by the
    /// remaining fields so that even repeated ids sort the same on every run.
    static func reportOrder(_ a: OverdueTicket, _ b: OverdueTicket) -> Bool {
        if a.overdueDays != b.overdueDays { return a.overdueDays > b.overdueDays }
        if a.ticketID != b.ticketID { return a.ticketID < b.ticketID }
        if a.receivedAt != b.receivedAt { return a.receivedAt < b.receivedAt }
        if a.hall != b.hall { return a.hall < b.hall }
        return a.item.code < b.item.code
    }
}
