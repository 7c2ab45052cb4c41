import ReportCore

/// One energy-saving stove installation (附件4 登记认定表), as validated.
public struct StoveInstall: Hashable, Sendable {
    public var recordID: String
    public var township: String
    public var village: String
    public var householdID: String
    public var buyer: String
    public var phone: String
    public var model: String
    public var count: Int
    public var unitPriceFen: Int64?
    public var amountFen: Int64?
    public var company: String
    public var installer: String
    public var day: Day
}

/// `stove_installs.csv`.
public enum StoveInstallFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case recordID, township, village, householdID, buyer, phone, model
        case count, unitPrice, amount, company, installer, date
        public var spec: ColumnSpec {
            switch self {
            case .recordID: ColumnSpec("登记编号", "record_id", required: true, identifier: true)
            case .township: ColumnSpec("镇街", "township", also: ["镇(街道)"], required: true)
            case .village: ColumnSpec("村居", "village", also: ["村名", "村(社区)"], required: true)
            case .householdID: ColumnSpec("户号", "household_id", required: true, personal: .householdID)
            case .buyer: ColumnSpec("购买人", "buyer", also: ["购买人签字", "购户姓名"], personal: .name)
            case .phone: ColumnSpec("联系电话", "phone", personal: .phone)
            case .model: ColumnSpec("炉具型号", "model", also: ["型号"])
            case .count: ColumnSpec("购买数量(台)", "count", also: ["购买数量(个)", "炉具数量(个)", "购买数量", "数量(台)"], required: true, unit: .stoves)
            case .unitPrice: ColumnSpec("购买单价(元)", "unit_price", also: ["购买单价", "单价(元)"], unit: .yuan)
            case .amount: ColumnSpec("总金额(元)", "amount", also: ["总金额", "金额(元)"], unit: .yuan)
            case .company: ColumnSpec("配送企业", "company", also: ["配送企业名称"])
            case .installer: ColumnSpec("安装人", "installer", also: ["炉具安装人", "炉具安装人签字"], personal: .name)
            case .date: ColumnSpec("安装日期", "date", also: ["安装时间", "配送时间"], required: true)
            }
        }
    }

    public static let fileName = "stove_installs.csv"
    public static let title = "节能炉具安装登记"
    public static let totalColumns: [(column: Column, scale: Int)] = [(.count, 0), (.amount, 2)]

    public static func parse(_ f: FieldReader<Column>, context: ExportContext) throws(RowReject) -> StoveInstall {
        StoveInstall(
            recordID: try f.requiredText(.recordID),
            township: try f.township(.township, in: context.reference.townships),
            village: try f.requiredText(.village),
            householdID: try f.requiredText(.householdID),
            buyer: f.optionalText(.buyer) ?? "",
            phone: f.optionalText(.phone) ?? "",
            model: f.optionalText(.model) ?? "",
            count: Int(try f.positive(.count, scale: 0, limit: ExportLimits.stoves)),
            unitPriceFen: try f.money(.unitPrice),
            amountFen: try f.money(.amount),
            company: f.optionalText(.company) ?? "",
            installer: f.optionalText(.installer) ?? "",
            day: try f.requiredDay(.date))
    }

    public static func latestDay(of row: StoveInstall) -> Day? { row.day }
    public static func township(of row: StoveInstall) -> String? { row.township }
}
