import ReportInputs

/// The indicators of SPEC §4.2 (博政办字〔2018〕115号), in the order of the SPEC table,
/// which is also the order of every report.
public enum FoodIndicator: Int, CaseIterable, Sendable, Comparable {
    /// 检查户次: inspections dated within the period (a count, not a rate).
    case inspections
    /// 检查覆盖率: register entities inspected at least once within the period / register entities.
    case inspectionCoverage
    /// 抽检合格率: 合格 / (合格 + 不合格), results dated within the period.
    case samplePassRate
    /// 食品相关产品抽检合格率: the same, for entities of type 食品相关产品生产企业.
    case relatedProductsPassRate
    /// 不合格核查处置率: 不合格 results of the period disposed by period end / 不合格 results of the period.
    case failureDisposalRate
    /// 抽检信息公布率: results of the period with 信息公布 = 是 / results of the period.
    case publicationRate
    /// 学校食堂B级以上率: school canteens whose latest grade as of period end is A or B / graded canteens.
    case schoolCanteenGradeB
    /// 明厨亮灶率: 明厨亮灶 = 是 among 中央厨房 and 集体用餐配送单位 of the register.
    case openKitchenRate
    /// 三小登记备案率: 登记备案 = 是 among 食品小作坊, 小餐饮 and 食品摊点 of the register.
    case smallBusinessRegistration
    /// 三小监管覆盖率: 三小 inspected at least once from 1 January to period end / 三小 of the register.
    case smallBusinessCoverage

    /// The indicator's name as the gazette and the reports write it.
    public var name: String {
        switch self {
        case .inspections: "检查户次"
        case .inspectionCoverage: "检查覆盖率"
        case .samplePassRate: "抽检合格率"
        case .relatedProductsPassRate: "食品相关产品抽检合格率"
        case .failureDisposalRate: "不合格核查处置率"
        case .publicationRate: "抽检信息公布率"
        case .schoolCanteenGradeB: "学校食堂B级以上率"
        case .openKitchenRate: "明厨亮灶率"
        case .smallBusinessRegistration: "三小登记备案率"
        case .smallBusinessCoverage: "三小监管覆盖率"
        }
    }

    /// The indicator's target in tenths of a percent (945 = 94.5%) from the policy, or nil
    /// when the gazette sets none (检查户次, 检查覆盖率, 抽检合格率).
    public func target(in targets: Policy.Food) -> Int? {
        switch self {
        case .inspections, .inspectionCoverage, .samplePassRate: nil
        case .relatedProductsPassRate: targets.relatedProductsPassRate
        case .failureDisposalRate: targets.failureDisposalRate
        case .publicationRate: targets.publicationRate
        case .schoolCanteenGradeB: targets.schoolCanteenGradeBRate
        case .openKitchenRate: targets.openKitchenRate
        case .smallBusinessRegistration: targets.smallBusinessRegistrationRate
        case .smallBusinessCoverage: targets.smallBusinessCoverageRate
        }
    }

    /// Table order.
    public static func < (lhs: FoodIndicator, rhs: FoodIndicator) -> Bool { lhs.rawValue < rhs.rawValue }
}
