import ReportCore
import ReportInputs

/// The `food` job's computation (SPEC §4.2, 博政办字〔2018〕115号): takes the accepted
/// rows of `food_inspections.csv` one at a time and keeps, in the same pass, the
/// accumulators of the period and of the previous period of the same kind (for rank
/// change). It never reads files, the clock, or anything but its rows and reference data.
///
/// ```swift
/// var job = FoodJob(period: period, townships: townships, register: register, targets: policy.food)
/// for (row, line) in rows { _ = job.add(row, line: line) }
/// let result = job.result()
/// ```
public struct FoodJob: Sendable {
    /// What happened to a row handed to `add`.
    public enum Admission: Sendable, Hashable {
        /// Counted.
        case counted
        /// Identical to the row with the same 检查编号 at `firstLine` (a re-export): counted once.
        case repeated(firstLine: Int)
        /// Same 检查编号 as the row at `firstLine` but different content: not counted
        /// (the first row in file order counts); the caller rejects it.
        case conflicting(firstLine: Int)
        /// The entity is not in the register (the reader rejects such rows first): not counted.
        case unknownEntity
    }

    /// The period reported.
    public let period: Period
    private let townships: TownshipDirectory
    private let register: FoodEntityRegister
    private let targets: Policy.Food
    private var current: PeriodTally
    private var previous: PeriodTally
    private var failures: [OpenFailure] = []
    private var firstRows: [String: (row: FoodInspection, line: Int)] = [:]
    private var sequence = 0
    private var repeatedRows = 0

    /// A job for `period` over the townships of `townships` and the entities of
    /// `register`, judged against `targets`.
    public init(period: Period, townships: TownshipDirectory, register: FoodEntityRegister, targets: Policy.Food) {
        self.period = period
        self.townships = townships
        self.register = register
        self.targets = targets
        current = PeriodTally(period: period)
        previous = PeriodTally(period: period.previous)
    }

    /// Takes one accepted inspection row; `line` is its line in the export, used to name
    /// the first occurrence of a repeated 检查编号.
    public mutating func add(_ row: FoodInspection, line: Int) -> Admission {
        if let first = firstRows[row.inspectionID] {
            if first.row == row {
                repeatedRows += 1
                return .repeated(firstLine: first.line)
            }
            return .conflicting(firstLine: first.line)
        }
        guard let entity = register.entity(id: row.entityID) else { return .unknownEntity }
        firstRows[row.inspectionID] = (row, line)
        sequence += 1
        current.add(row, type: entity.type, sequence: sequence)
        previous.add(row, type: entity.type, sequence: sequence)
        if let failure = OpenFailure(row, entity: entity, periodEnd: period.last) { failures.append(failure) }
        return .counted
    }

    /// The indicators, scores, ranking and open failures of the period.
    public func result() -> FoodResult {
        let now = indicators(current)
        // A previous period without a single inspection has scores from the register
        // alone (明厨亮灶, 三小登记): every township ties, and a change against that
        // would mislead. Its ranks are left empty and the change shows "—".
        let before = previous.hasInspections ? indicators(previous) : nil
        let districtCounts = now.reduce(IndicatorCounts()) { $0 + $1.counts }
        return FoodResult(
            period: period,
            townships: now,
            district: AreaIndicators(area: .district, counts: districtCounts, targets: targets),
            previousDistrict: before.map { areas in
                AreaIndicators(area: .district, counts: areas.reduce(IndicatorCounts()) { $0 + $1.counts }, targets: targets)
            },
            ranking: TownshipRanking.rank(current: now, previous: before),
            openFailures: failures.sorted(by: OpenFailure.reportOrder(townships)),
            repeatedRows: repeatedRows)
    }

    private func indicators(_ tally: PeriodTally) -> [AreaIndicators] {
        zip(townships.all, tally.counts(townships: townships, register: register)).map { township, counts in
            AreaIndicators(area: .township(township.name), counts: counts, targets: targets)
        }
    }
}
