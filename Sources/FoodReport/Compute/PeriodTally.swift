import ReportCore
import ReportInputs

/// Accumulates the inspections of one period as rows stream in, then folds them with
/// the register into per-township `IndicatorCounts`.
///
/// Which rows count for what (SPEC §4.2 and the job's decisions):
/// - 检查户次, 检查覆盖率, results, 不合格 and 信息公布: rows dated within [first, last];
/// - 学校食堂 grades: every row dated on or before `last` (the latest grade as of period end);
/// - 三小监管覆盖率: rows dated from 1 January of the period's year to `last`;
/// - 明厨亮灶率, 三小登记备案率 and the entity counts: the register as it is now.
struct PeriodTally: Sendable {
    let period: Period
    private let yearStart: Day
    /// Inspection-derived counts by township (register-derived fields filled in `counts`).
    private var byTownship: [String: IndicatorCounts] = [:]
    /// Entities inspected within the period.
    private var inspected: Set<String> = []
    /// 三小 inspected from 1 January to period end.
    private var smallBusinessesInspected: Set<String> = []
    private var grades = LatestGrades()

    /// True once an inspection dated within the period has been added.
    var hasInspections: Bool { !inspected.isEmpty }

    init(period: Period) {
        self.period = period
        yearStart = Day(year: period.year, month: 1, day: 1)!
    }

    /// Takes one accepted inspection of an entity of type `type`; `sequence` is its
    /// position among the accepted rows.
    mutating func add(_ row: FoodInspection, type: FoodEntityType, sequence: Int) {
        guard row.day <= period.last else { return }
        if type.isSmallBusiness, row.day >= yearStart { smallBusinessesInspected.insert(row.entityID) }
        if type == .schoolCanteen, let grade = row.grade {
            grades.record(grade, entityID: row.entityID, at: row.inspectedAt, sequence: sequence)
        }
        guard row.day >= period.first else { return }
        inspected.insert(row.entityID)
        var counts = byTownship[row.township] ?? IndicatorCounts()
        counts.inspections += 1
        if row.isSampleResult {
            counts.results += 1
            if row.result == .pass { counts.passedResults += 1 }
            if row.published == true { counts.publishedResults += 1 }
            if type == .relatedProducts {
                counts.relatedProductResults += 1
                if row.result == .pass { counts.relatedProductsPassed += 1 }
            }
            if row.isFailure {
                counts.failedResults += 1
                if row.isDisposed(asOf: period.last) { counts.disposedFailures += 1 }
            }
        }
        byTownship[row.township] = counts
    }

    /// The counts of every township of `townships`, in display order, with the
    /// register-derived fields added from `register`.
    func counts(townships: TownshipDirectory, register: FoodEntityRegister) -> [IndicatorCounts] {
        var result = byTownship
        for entity in register.entities {
            var counts = result[entity.township] ?? IndicatorCounts()
            counts.entities += 1
            if inspected.contains(entity.id) { counts.inspectedEntities += 1 }
            if entity.type == .schoolCanteen, let grade = grades.grade(of: entity.id) {
                counts.gradedCanteens += 1
                if grade <= .b { counts.canteensGradeBOrBetter += 1 }
            }
            if entity.type.needsOpenKitchen {
                counts.openKitchenEntities += 1
                if entity.hasOpenKitchen { counts.entitiesWithOpenKitchen += 1 }
            }
            if entity.type.isSmallBusiness {
                counts.smallBusinesses += 1
                if entity.isRegistered { counts.registeredSmallBusinesses += 1 }
                if smallBusinessesInspected.contains(entity.id) { counts.smallBusinessesInspectedThisYear += 1 }
            }
            result[entity.township] = counts
        }
        return townships.all.map { result[$0.name] ?? IndicatorCounts() }
    }
}
