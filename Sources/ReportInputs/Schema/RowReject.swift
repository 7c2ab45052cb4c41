/// Why a row was not used. The Chinese label is what rejects files and `validate`
/// count by; the detail says exactly what was wrong with this row.
public enum RejectKind: String, CaseIterable, Sendable, Comparable {
    case undecodableBytes = "编码错误"
    case extraFields = "字段数多于表头"
    case excelDamage = "被Excel改坏的值"
    case missingValue = "缺少必填值"
    case badNumber = "数字格式错误"
    case badDate = "日期格式错误"
    case nonPositiveQuantity = "数量不是正数"
    case negativeValue = "数值为负"
    case implausibleValue = "数值超出合理范围"
    case unknownTownship = "未知镇街"
    case townshipMismatch = "镇街与主体名录不一致"
    case unknownItem = "未知事项编码"
    case unknownEntity = "未知主体编号"
    case badChoice = "取值不在允许范围"
    case completedBeforeReceived = "办结早于受理"
    case dateOutsideCalendar = "日期超出工作日历"
    case inconsistentDates = "日期先后矛盾"
    case conflictingDuplicate = "重复编号且内容不同"

    public static func < (lhs: RejectKind, rhs: RejectKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A row that cannot be used, with the column at fault and the reason.
public struct RowReject: Error, Equatable, Sendable {
    public let kind: RejectKind
    /// The header of the offending column as the file wrote it (nil: the whole row).
    public let column: String?
    /// What was wrong, e.g. `“2018-02-30”：日期不存在`.
    public let detail: String

    public init(_ kind: RejectKind, column: String?, detail: String) {
        self.kind = kind
        self.column = column
        self.detail = detail
    }
}

/// A rejected row as it goes into `rejects/<file>` and the manifest.
public struct RejectedRow: Sendable {
    /// 1-based physical line in the source file.
    public let line: Int
    public let reject: RowReject
    /// The row's fields as read, for the rejects file.
    public let fields: [String]
}
