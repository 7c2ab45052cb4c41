import ReportCore

/// One batch sampling result (逐批抽检). Figures in thousandths: 0.48% → 480,
/// 24.5 MJ/kg → 24500.
public struct CoalQualitySample: Hashable, Sendable {
    public var batch: String
    public var supplier: String
    public var coalType: String
    public var day: Day
    public var sulfur: Int64
    public var ash: Int64
    public var volatile: Int64
    public var heat: Int64
    /// Required for 兰炭, optional otherwise.
    public var moisture: Int64?
}

/// `coal_quality.csv`.
public enum CoalQualityFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case batch, supplier, coalType, date, sulfur, ash, volatile, heat, moisture
        public var spec: ColumnSpec {
            switch self {
            case .batch: ColumnSpec("批号", "batch", required: true, identifier: true)
            case .supplier: ColumnSpec("供应企业", "supplier", also: ["生产企业", "配送企业"])
            case .coalType: ColumnSpec("煤炭品种", "coal_type")
            case .date: ColumnSpec("抽检日期", "date", also: ["检测日期"], required: true)
            case .sulfur: ColumnSpec("全硫St,d(%)", "sulfur", also: ["全硫", "全硫St,d", "St,d(%)", "St,d"], required: true, unit: .percent)
            case .ash: ColumnSpec("灰分Ad(%)", "ash", also: ["灰分", "灰分Ad", "Ad(%)", "Ad"], required: true, unit: .percent)
            case .volatile: ColumnSpec("挥发分Vdaf(%)", "volatile", also: ["挥发分", "挥发分Vdaf", "Vdaf(%)", "Vdaf"], required: true, unit: .percent)
            case .heat: ColumnSpec("发热量Qnet,ar(MJ/kg)", "heat", also: ["发热量", "发热量Qnet,ar", "Qnet,ar(MJ/kg)", "Qnet,ar"], required: true)
            case .moisture: ColumnSpec("全水分Mt(%)", "moisture", also: ["全水分", "全水分Mt", "Mt(%)", "Mt"], unit: .percent)
            }
        }
    }

    public static let fileName = "coal_quality.csv"
    public static let title = "清洁煤炭逐批抽检"

    public static func parse(_ f: FieldReader<Column>, context: ExportContext) throws(RowReject) -> CoalQualitySample {
        func figure(_ column: Column) throws(RowReject) -> Int64 {
            let value = try f.requiredFixedPoint(column, scale: 3)
            if value < 0 { throw f.reject(column, .negativeValue, "检测值不能为负") }
            return value
        }
        let coalType = f.openChoice(.coalType, context.vocabularies.coalTypes) ?? ""
        let moisture = try f.optionalFixedPoint(.moisture, scale: 3)
        if let m = moisture, m < 0 { throw f.reject(.moisture, .negativeValue, "检测值不能为负") }
        if moisture == nil && context.policy.coal.quality.lantanTypes.contains(coalType) {
            throw f.reject(.moisture, .missingValue, "\(coalType)必须检测全水分")
        }
        return CoalQualitySample(
            batch: try f.requiredText(.batch), supplier: f.optionalText(.supplier) ?? "",
            coalType: coalType, day: try f.requiredDay(.date),
            sulfur: try figure(.sulfur), ash: try figure(.ash), volatile: try figure(.volatile),
            heat: try figure(.heat), moisture: moisture)
    }

    public static func latestDay(of row: CoalQualitySample) -> Day? { row.day }
}
