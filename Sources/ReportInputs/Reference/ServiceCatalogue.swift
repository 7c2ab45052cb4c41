import ReportCore

/// One item of the service catalogue (政务服务事项).
public struct ServiceItem: Hashable, Sendable {
    public let code: String
    public let name: String
    public let department: String
    /// Statutory time limit in working days (法定时限).
    public let statutoryDays: Int
    /// Committed time limit in working days (承诺时限).
    public let committedDays: Int
    /// 即办件: done on the spot.
    public let isImmediate: Bool
    /// 复杂事项: exempt from the 30% rule.
    public let isComplex: Bool
}

/// The catalogue, looked up by item code.
public final class ServiceCatalogue: Sendable {
    /// Items in file order.
    public let items: [ServiceItem]
    /// Position in `items` by code (the first item wins for a repeated code).
    private let byCode: ByteKeyTable<Int>

    public init(_ items: [ServiceItem]) {
        self.items = items
        byCode = ByteKeyTable(items.enumerated().map { ($1.code, $0) })
    }

    /// The position in `items` of the item whose code is spelled by `bytes`.
    @inline(__always)
    public func position(codeBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? { byCode.value(for: bytes) }
}

/// `service_items.csv`: 事项编码, 事项名称, 部门, 法定时限, 承诺时限, 即办件, 复杂事项.
public enum ServiceItemFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case code, name, department, statutory, committed, immediate, complex
        public var spec: ColumnSpec {
            switch self {
            case .code: ColumnSpec("事项编码", "item_code", required: true, identifier: true)
            case .name: ColumnSpec("事项名称", "item_name", required: true)
            case .department: ColumnSpec("部门", "department", also: ["实施部门"], required: true)
            case .statutory: ColumnSpec("法定时限", "statutory_days", also: ["法定时限(工作日)"], required: true, unit: .workingDays)
            case .committed: ColumnSpec("承诺时限", "committed_days", also: ["承诺时限(工作日)"], required: true, unit: .workingDays)
            case .immediate: ColumnSpec("即办件", "immediate")
            case .complex: ColumnSpec("复杂事项", "complex")
            }
        }
    }

    public static let fileName = "service_items.csv"
    public static let title = "政务服务事项目录"

    /// The vocabularies (是否 of 即办件 and 复杂事项).
    public static func parse(_ fields: FieldReader<Column>, context: Vocabularies) throws(RowReject) -> ServiceItem {
        ServiceItem(code: try fields.requiredText(.code), name: try fields.requiredText(.name),
                    department: try fields.requiredText(.department),
                    statutoryDays: try fields.requiredCount(.statutory),
                    committedDays: try fields.requiredCount(.committed),
                    isImmediate: try fields.optionalYesNo(.immediate, context.yesNo) ?? false,
                    isComplex: try fields.optionalYesNo(.complex, context.yesNo) ?? false)
    }
}
