import ReportCore

/// One clean-coal delivery (附件3 登记认定表), as validated.
public struct CoalDelivery: Hashable, Sendable {
    public var recordID: String
    public var township: String
    public var village: String
    public var householdID: String
    public var buyer: String
    public var phone: String
    public var coalType: String
    public var batch: String
    public var kilograms: Int64
    public var unitPriceFen: Int64?
    public var amountFen: Int64?
    public var company: String
    public var courier: String
    public var day: Day
}

/// `coal_deliveries.csv`.
public enum CoalDeliveryFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case recordID, township, village, householdID, buyer, phone, coalType, batch
        case tons, unitPrice, amount, company, courier, date
        public var spec: ColumnSpec {
            switch self {
            case .recordID: ColumnSpec("登记编号", "record_id", required: true, identifier: true)
            case .township: ColumnSpec("镇街", "township", also: ["镇(街道)"], required: true)
            case .village: ColumnSpec("村居", "village", also: ["村名", "村(社区)"], required: true)
            case .householdID: ColumnSpec("户号", "household_id", required: true, personal: .householdID)
            case .buyer: ColumnSpec("购买人", "buyer", also: ["购买人签字"], personal: .name)
            case .phone: ColumnSpec("联系电话", "phone", personal: .phone)
            case .coalType: ColumnSpec("煤炭品种", "coal_type", also: ["清洁煤炭品种"])
            case .batch: ColumnSpec("批号", "batch", identifier: true)
            case .tons: ColumnSpec("购买数量(吨)", "tons", also: ["购买数量", "数量(吨)"], required: true, unit: .tons)
            case .unitPrice: ColumnSpec("购买单价(元)", "unit_price", also: ["购买单价", "单价(元)"], unit: .yuan)
            case .amount: ColumnSpec("总金额(元)", "amount", also: ["总金额", "金额(元)"], unit: .yuan)
            case .company: ColumnSpec("配送企业", "company", also: ["配送企业名称"])
            case .courier: ColumnSpec("配送人", "courier", also: ["配送人签字"], personal: .name)
            case .date: ColumnSpec("配送日期", "date", also: ["配送时间"], required: true)
            }
        }
    }

    public static let fileName = "coal_deliveries.csv"
    public static let title = "清洁煤炭配送登记"
    public static let totalColumns: [(column: Column, scale: Int)] = [(.tons, 3), (.amount, 2)]

    public static func parse(_ f: FieldReader<Column>, context: ExportContext) throws(RowReject) -> CoalDelivery {
        CoalDelivery(
            recordID: try f.requiredText(.recordID),
            township: try f.township(.township, in: context.reference.townships),
            village: try f.requiredText(.village),
            householdID: try f.requiredText(.householdID),
            buyer: f.optionalText(.buyer) ?? "",
            phone: f.optionalText(.phone) ?? "",
            coalType: f.optionalText(.coalType) ?? "",
            batch: f.optionalText(.batch) ?? "",
            kilograms: try f.positive(.tons, scale: 3, limit: ExportLimits.kilograms),
            unitPriceFen: try f.money(.unitPrice),
            amountFen: try f.money(.amount),
            company: f.optionalText(.company) ?? "",
            courier: f.optionalText(.courier) ?? "",
            day: try f.requiredDay(.date))
    }

    public static func latestDay(of row: CoalDelivery) -> Day? { row.day }
    public static func township(of row: CoalDelivery) -> String? { row.township }
}
