import ReportCore

/// The entity types of the register, as SPEC §4.2 groups them.
public enum FoodEntityType: String, CaseIterable, Sendable {
    case producer = "食品生产企业"
    case relatedProducts = "食品相关产品生产企业"
    case seller = "食品销售者"
    case caterer = "餐饮服务单位"
    case schoolCanteen = "学校食堂"
    case centralKitchen = "中央厨房"
    case groupMealDelivery = "集体用餐配送单位"
    case smallWorkshop = "食品小作坊"
    case smallEatery = "小餐饮"
    case foodStall = "食品摊点"
    /// Any other type of a market-supervision register (批发市场, 农贸市场, 商超, …): a
    /// valid entity that counts in 检查户次 and coverage, and in no group-specific indicator.
    case other = "其他"

    /// 三小: small workshops, small eateries and food stalls.
    public var isSmallBusiness: Bool { self == .smallWorkshop || self == .smallEatery || self == .foodStall }
    /// Subject to the 明厨亮灶 target.
    public var needsOpenKitchen: Bool { self == .centralKitchen || self == .groupMealDelivery }

    /// The group of a standard type name (after the vocabulary's synonyms); `.other` for
    /// a name outside SPEC §4.2's groups.
    public init(standardName: String) {
        self = FoodEntityType(rawValue: standardName).flatMap { $0 == .other ? nil : $0 } ?? .other
    }
}

/// A supervised food business.
public struct FoodEntity: Hashable, Sendable {
    public let id: String
    public let name: String
    public let township: String
    public let type: FoodEntityType
    /// The type as the register names it (the standard name of a synonym; for `.other`,
    /// the text as written).
    public let typeName: String
    /// 登记备案.
    public let isRegistered: Bool
    /// 明厨亮灶.
    public let hasOpenKitchen: Bool

    public init(id: String, name: String, township: String, type: FoodEntityType, typeName: String? = nil,
                isRegistered: Bool, hasOpenKitchen: Bool) {
        self.id = id
        self.name = name
        self.township = township
        self.type = type
        self.typeName = typeName ?? type.rawValue
        self.isRegistered = isRegistered
        self.hasOpenKitchen = hasOpenKitchen
    }
}

/// The register, looked up by entity id.
public final class FoodEntityRegister: Sendable {
    public let entities: [FoodEntity]
    private let byID: [String: FoodEntity]

    public init(_ entities: [FoodEntity]) {
        self.entities = entities
        byID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The entity with this 主体编号 (the first row when the register repeats one).
    public func entity(id: String) -> FoodEntity? { byID[id] }
}

/// `food_entities.csv`: 主体编号, 主体名称, 镇街, 主体类型, 登记备案, 明厨亮灶.
public enum FoodEntityFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case id, name, township, type, registered, openKitchen
        public var spec: ColumnSpec {
            switch self {
            case .id: ColumnSpec("主体编号", "entity_id", required: true, identifier: true)
            case .name: ColumnSpec("主体名称", "entity_name", required: true)
            case .township: ColumnSpec("镇街", "township", required: true)
            case .type: ColumnSpec("主体类型", "entity_type", required: true)
            case .registered: ColumnSpec("登记备案", "registered")
            case .openKitchen: ColumnSpec("明厨亮灶", "open_kitchen")
            }
        }
    }

    public static let fileName = "food_entities.csv"
    public static let title = "食品主体名录"

    /// The township directory and the vocabularies (主体类型, 是否).
    public typealias Context = (townships: TownshipDirectory, vocabularies: Vocabularies)

    public static func parse(_ fields: FieldReader<Column>, context: Context) throws(RowReject) -> FoodEntity {
        let townshipText = try fields.requiredText(.township)
        guard let township = context.townships.resolve(townshipText) else {
            throw fields.reject(.township, .unknownTownship, "“\(townshipText)”不在镇街名录中（如是别名，请加入参考数据 townships.csv 的“别名”列）")
        }
        let vocabularies = context.vocabularies
        let typeBytes = fields.bytes(.type)
        if typeBytes.isEmpty { throw fields.missing(.type) }
        let typeName = vocabularies.entityTypes.lookup(typeBytes)?.value ?? String(decoding: typeBytes, as: UTF8.self)
        let type = FoodEntityType(standardName: typeName)
        if type == .other {
            fields.note("主体类型“\(typeName)”不属于任何考核分组（计入检查户次与覆盖率，不计入分组指标）")
        }
        return FoodEntity(id: try fields.requiredText(.id), name: try fields.requiredText(.name),
                          township: township.name, type: type, typeName: typeName,
                          isRegistered: try fields.optionalYesNo(.registered, vocabularies.yesNo) ?? false,
                          hasOpenKitchen: try fields.optionalYesNo(.openKitchen, vocabularies.yesNo) ?? false)
    }
}
