import ReportCore
import ReportInputs

/// A ticket open at period end past its committed limit (超期在办): received by the
/// period's last day, not completed by then (no completion yet, or a completion after
/// period end), with more elapsed working days through period end than the item's
/// committed days.
public struct OverdueTicket: Sendable, Hashable {
    public let ticketID: String
    public let hall: String
    /// The ticket's 镇街, nil when the export left it empty.
    public let township: String?
    /// The catalogue item (its department, name and limits).
    public let item: ServiceItem
    public let channel: ServiceChannel
    public let receivedAt: DateTime
    /// A completion after period end, when the export already has one; nil while open.
    public let completedAt: DateTime?
    /// 特殊环节 days subtracted (0 when the export gave none).
    public let suspendedDays: Int
    /// Working days after receipt through period end, less the suspended days.
    public let elapsedDays: Int

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
