import ReportCore

/// The categorical columns whose values and synonyms come from `vocabularies.csv`.
///
/// A **closed** vocabulary is one whose values change a count, a rate or money (a rating
/// outside the five levels cannot be counted as satisfied or not): its standard values are
/// the ones the code gives a meaning to, the file may only add synonyms, and a value that
/// matches none is rejected. An **open** vocabulary (entity type, inspection method, coal
/// type) accepts any value: the file's synonyms fold spellings onto one value, and values
/// it does not list are used as written and reported by `validate` and the manifest.
public enum VocabularyName: String, CaseIterable, Sendable, Comparable {
    case entityType = "主体类型"
    case inspectionMethod = "检查方式"
    case sampleResult = "抽检结果"
    case disposal = "处置状态"
    case grade = "量化等级"
    case channel = "办理渠道"
    case rating = "评价"
    case coalType = "煤炭品种"
    case yesNo = "是否"

    /// The values the code knows the meaning of, in display order.
    public var standardValues: [String] {
        switch self {
        case .entityType: FoodEntityType.allCases.filter { $0 != .other }.map(\.rawValue)
        case .inspectionMethod: ["日常检查", "飞行检查", "体系检查", "监督抽检", "快速检测"]
        case .sampleResult: ["合格", "不合格"]
        case .disposal: ["已处置", "处置中", "未处置"]
        case .grade: ["A", "B", "C"]
        case .channel: ServiceChannel.allCases.map(\.rawValue)
        case .rating: ServiceRating.allCases.map(\.rawValue)
        case .coalType: ["兰炭", "无烟块煤", "洁净型煤"]
        case .yesNo: ["是", "否"]
        }
    }

    /// True when a value outside the list is still a valid value (see the type's comment).
    public var isOpen: Bool { self == .entityType || self == .inspectionMethod || self == .coalType }

    /// The input files whose columns use this vocabulary, for messages.
    public var usedIn: String {
        switch self {
        case .entityType: "food_entities.csv"
        case .inspectionMethod, .sampleResult, .disposal, .grade: "food_inspections.csv"
        case .channel, .rating: "service_tickets.csv"
        case .coalType: "coal_quality.csv"
        case .yesNo: "food_entities.csv、food_inspections.csv、service_items.csv"
        }
    }

    public static func < (lhs: VocabularyName, rhs: VocabularyName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One row of `vocabularies.csv`: a standard value and the other spellings that mean it.
public struct VocabularyEntry: Sendable, Equatable {
    public let vocabulary: VocabularyName
    public let value: String
    public let synonyms: [String]
}

/// `vocabularies.csv`: 词表/vocabulary, 标准值/value, 同义词/synonyms (`|`-separated).
public enum VocabularyFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case vocabulary, value, synonyms
        public var spec: ColumnSpec {
            switch self {
            case .vocabulary: ColumnSpec("词表", "vocabulary", required: true)
            case .value: ColumnSpec("标准值", "value", required: true)
            case .synonyms: ColumnSpec("同义词", "synonyms")
            }
        }
    }

    public static let fileName = "vocabularies.csv"
    public static let title = "取值词表"

    public static func parse(_ f: FieldReader<Column>, context: Void) throws(RowReject) -> VocabularyEntry {
        let name = try f.requiredText(.vocabulary)
        guard let vocabulary = VocabularyName(rawValue: name) else {
            throw f.reject(.vocabulary, .badChoice,
                           "“\(name)”不是已知的词表（\(VocabularyName.allCases.map(\.rawValue).joined(separator: "/"))）")
        }
        let value = try f.requiredText(.value)
        if !vocabulary.isOpen && !vocabulary.standardValues.contains(value) {
            throw f.reject(.value, .badChoice,
                           "“\(value)”不是“\(name)”的标准值（\(vocabulary.standardValues.joined(separator: "/"))）；"
                           + "新的写法请作为已有标准值的同义词填写")
        }
        let synonyms = (f.optionalText(.synonyms) ?? "").split(separator: "|")
            .map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
        return VocabularyEntry(vocabulary: vocabulary, value: value, synonyms: synonyms)
    }
}

extension Substring {
    /// The text without surrounding ASCII and ideographic spaces.
    func trimmingCharacters() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{00A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
