import ReportCore

/// A township's campaign quota for one year (附件2 of 博政办字〔2018〕109号).
public struct Quota: Hashable, Sendable {
    public let year: Int
    public let township: String
    /// Clean coal, in kilograms.
    public let coalKilograms: Int64
    public let stoves: Int
}

/// `quotas.csv`: 年度/year, 镇街/township, 清洁煤炭任务(吨)/coal_quota_t, 节能炉具任务(台)/stove_quota.
public enum QuotaFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case year, township, coalTons, stoves
        public var spec: ColumnSpec {
            switch self {
            case .year: ColumnSpec("年度", "year", required: true)
            case .township: ColumnSpec("镇街", "township", also: ["镇、街道", "镇(街道)"], required: true)
            case .coalTons: ColumnSpec("清洁煤炭任务(吨)", "coal_quota_t", also: ["推广任务(吨)", "清洁煤炭任务"], required: true, unit: .tons)
            case .stoves: ColumnSpec("节能炉具任务(台)", "stove_quota", also: ["环保节能炉具(台)", "节能炉具任务"], required: true, unit: .stoves)
            }
        }
    }

    public static let fileName = "quotas.csv"
    public static let title = "推广任务"

    public static func parse(_ fields: FieldReader<Column>, context: TownshipDirectory) throws(RowReject) -> Quota {
        let name = try fields.requiredText(.township)
        guard let township = context.resolve(name) else {
            throw fields.reject(.township, .unknownTownship, "“\(name)”不在镇街名录中（如是别名，请加入参考数据 townships.csv 的“别名”列）")
        }
        let kilograms = try fields.requiredFixedPoint(.coalTons, scale: 3)
        if kilograms < 0 { throw fields.reject(.coalTons, .negativeValue, "任务量不能为负") }
        return Quota(year: try fields.requiredCount(.year), township: township.name,
                     coalKilograms: kilograms, stoves: try fields.requiredCount(.stoves))
    }
}
