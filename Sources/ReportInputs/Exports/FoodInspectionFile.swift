import ReportCore

/// 抽检结果 of a sampling; blank for an inspection without a sample.
public enum SampleResult: String, Sendable {
    case pass = "合格"
    case fail = "不合格"
}

/// 处置情况 of a failed result; only 已处置 with a date counts as disposed.
public enum DisposalStatus: String, Sendable {
    case disposed = "已处置"
    case inProgress = "处置中"
    case notDisposed = "未处置"
}

/// 量化等级 (A 优秀, B 良好, C 一般).
public enum HygieneGrade: String, Comparable, Sendable {
    case a = "A", b = "B", c = "C"
    public static func < (lhs: HygieneGrade, rhs: HygieneGrade) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One inspection or sampling of a food business.
public struct FoodInspection: Hashable, Sendable {
    public var inspectionID: String
    public var entityID: String
    /// From the row, or from the register when the row leaves it empty.
    public var township: String
    /// 检查方式: the standard name of a listed spelling, else the text as written (an open
    /// vocabulary: no figure depends on the method).
    public var method: String
    public var day: Day
    public var result: SampleResult?
    public var failedItems: String
    public var disposal: DisposalStatus?
    public var disposalDay: Day?
    public var published: Bool?
    public var grade: HygieneGrade?
    /// Seconds after midnight of 检查日期, 0 when the export gives no time: orders two
    /// inspections of one day (the canteen's latest grade).
    public var secondOfDay: Int32 = 0

    /// When the inspection took place, as precisely as the export says.
    public var inspectedAt: DateTime { DateTime(day: day, secondOfDay: secondOfDay) }
}

/// `food_inspections.csv`.
public enum FoodInspectionFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case inspectionID, entityID, township, method, date, result, failedItems
        case disposal, disposalDate, published, grade, inspectors
        public var spec: ColumnSpec {
            switch self {
            case .inspectionID: ColumnSpec("检查编号", "inspection_id", required: true, identifier: true)
            case .entityID: ColumnSpec("主体编号", "entity_id", required: true, identifier: true)
            case .township: ColumnSpec("镇街", "township")
            case .method: ColumnSpec("检查方式", "method", required: true)
            case .date: ColumnSpec("检查日期", "date", required: true)
            case .result: ColumnSpec("抽检结果", "result")
            case .failedItems: ColumnSpec("不合格项目", "failed_items")
            case .disposal: ColumnSpec("处置状态", "disposal")
            case .disposalDate: ColumnSpec("处置日期", "disposal_date")
            case .published: ColumnSpec("信息公布", "published")
            case .grade: ColumnSpec("量化等级", "grade")
            // Not used by the job; declared so that rejects files mask the inspectors' names.
            case .inspectors: ColumnSpec("检查人员", "inspectors", also: ["执法人员", "检查人"], personal: .name)
            }
        }
    }

    public static let fileName = "food_inspections.csv"
    public static let title = "食品安全检查"

    public static func parse(_ f: FieldReader<Column>, context: ExportContext) throws(RowReject) -> FoodInspection {
        let entityID = try f.requiredText(.entityID)
        guard let entity = context.reference.register.entity(id: entityID) else {
            throw f.reject(.entityID, .unknownEntity, "“\(entityID)”不在食品主体名录中（请核对编号，或加入参考数据 food_entities.csv）")
        }
        var township = entity.township
        if let text = f.optionalText(.township) {
            guard let named = context.reference.townships.resolve(text) else {
                throw f.reject(.township, .unknownTownship, "“\(text)”不在镇街名录中（如是别名，请加入参考数据 townships.csv 的“别名”列）")
            }
            if named.name != entity.township {
                throw f.reject(.township, .townshipMismatch, "“\(text)”与名录中该主体所属的“\(entity.township)”不符")
            }
            township = named.name
        }
        let inspectedAt = try f.requiredDateTime(.date)
        let day = inspectedAt.day
        let vocabularies = context.vocabularies
        let disposal = try f.optionalChoice(.disposal, vocabularies.disposals)
        let disposalDay = try f.optionalDay(.disposalDate)
        if disposal == .disposed && disposalDay == nil {
            throw f.reject(.disposalDate, .missingValue, "处置状态为已处置，但处置日期为空")
        }
        if let disposalDay, disposalDay < day {
            throw f.reject(.disposalDate, .inconsistentDates, "处置日期 \(disposalDay) 早于检查日期 \(day)")
        }
        return FoodInspection(
            inspectionID: try f.requiredText(.inspectionID), entityID: entityID, township: township,
            method: try requiredMethod(f, vocabularies), day: day,
            result: try f.optionalChoice(.result, vocabularies.sampleResults), failedItems: f.optionalText(.failedItems) ?? "",
            disposal: disposal, disposalDay: disposalDay,
            published: try f.optionalYesNo(.published, vocabularies.yesNo),
            grade: try f.optionalChoice(.grade, vocabularies.grades),
            secondOfDay: inspectedAt.secondOfDay)
    }

    private static func requiredMethod(_ f: FieldReader<Column>, _ vocabularies: Vocabularies) throws(RowReject) -> String {
        guard let method = f.openChoice(.method, vocabularies.inspectionMethods) else { throw f.missing(.method) }
        return method
    }

    public static func latestDay(of row: FoodInspection) -> Day? { row.day }
    public static func township(of row: FoodInspection) -> String? { row.township }
}
