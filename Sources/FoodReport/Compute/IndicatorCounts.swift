/// The integer counts behind every indicator of one township (or of the district) for
/// one period: each indicator is one numerator over one denominator of these.
///
/// The district's counts are the field-by-field sum of the townships' (`+`), so every
/// district numerator and denominator equals the sum of the township rows.
public struct IndicatorCounts: Equatable, Sendable {
    /// Inspections dated within the period (检查户次).
    public var inspections = 0
    /// Register entities, and those inspected at least once within the period.
    public var entities = 0
    public var inspectedEntities = 0
    /// 抽检 results (合格 or 不合格) dated within the period, and the 合格 among them.
    public var results = 0
    public var passedResults = 0
    /// The same for entities of type 食品相关产品生产企业.
    public var relatedProductResults = 0
    public var relatedProductsPassed = 0
    /// 不合格 results dated within the period, and those disposed (已处置) by period end.
    public var failedResults = 0
    public var disposedFailures = 0
    /// Results dated within the period with 信息公布 = 是.
    public var publishedResults = 0
    /// School canteens with a grade as of period end, and those whose latest grade is A or B.
    public var gradedCanteens = 0
    public var canteensGradeBOrBetter = 0
    /// 中央厨房 and 集体用餐配送单位 of the register, and those with 明厨亮灶 = 是.
    public var openKitchenEntities = 0
    public var entitiesWithOpenKitchen = 0
    /// 三小 of the register, those with 登记备案 = 是, and those inspected from 1 January to period end.
    public var smallBusinesses = 0
    public var registeredSmallBusinesses = 0
    public var smallBusinessesInspectedThisYear = 0

    /// Counts of zero.
    public init() {}

    /// The numerator and denominator of `indicator`; the denominator is nil for the
    /// count 检查户次.
    public func fraction(_ indicator: FoodIndicator) -> (numerator: Int, denominator: Int?) {
        switch indicator {
        case .inspections: (inspections, nil)
        case .inspectionCoverage: (inspectedEntities, entities)
        case .samplePassRate: (passedResults, results)
        case .relatedProductsPassRate: (relatedProductsPassed, relatedProductResults)
        case .failureDisposalRate: (disposedFailures, failedResults)
        case .publicationRate: (publishedResults, results)
        case .schoolCanteenGradeB: (canteensGradeBOrBetter, gradedCanteens)
        case .openKitchenRate: (entitiesWithOpenKitchen, openKitchenEntities)
        case .smallBusinessRegistration: (registeredSmallBusinesses, smallBusinesses)
        case .smallBusinessCoverage: (smallBusinessesInspectedThisYear, smallBusinesses)
        }
    }

    /// Field-by-field sum (the district row is the sum of the township rows).
    public static func + (lhs: IndicatorCounts, rhs: IndicatorCounts) -> IndicatorCounts {
        var sum = IndicatorCounts()
        sum.inspections = lhs.inspections + rhs.inspections
        sum.entities = lhs.entities + rhs.entities
        sum.inspectedEntities = lhs.inspectedEntities + rhs.inspectedEntities
        sum.results = lhs.results + rhs.results
        sum.passedResults = lhs.passedResults + rhs.passedResults
        sum.relatedProductResults = lhs.relatedProductResults + rhs.relatedProductResults
        sum.relatedProductsPassed = lhs.relatedProductsPassed + rhs.relatedProductsPassed
        sum.failedResults = lhs.failedResults + rhs.failedResults
        sum.disposedFailures = lhs.disposedFailures + rhs.disposedFailures
        sum.publishedResults = lhs.publishedResults + rhs.publishedResults
        sum.gradedCanteens = lhs.gradedCanteens + rhs.gradedCanteens
        sum.canteensGradeBOrBetter = lhs.canteensGradeBOrBetter + rhs.canteensGradeBOrBetter
        sum.openKitchenEntities = lhs.openKitchenEntities + rhs.openKitchenEntities
        sum.entitiesWithOpenKitchen = lhs.entitiesWithOpenKitchen + rhs.entitiesWithOpenKitchen
        sum.smallBusinesses = lhs.smallBusinesses + rhs.smallBusinesses
        sum.registeredSmallBusinesses = lhs.registeredSmallBusinesses + rhs.registeredSmallBusinesses
        sum.smallBusinessesInspectedThisYear = lhs.smallBusinessesInspectedThisYear + rhs.smallBusinessesInspectedThisYear
        return sum
    }
}
