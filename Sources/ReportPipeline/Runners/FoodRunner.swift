import FoodReport
import ReportCore
import ReportInputs
import ReportPublish

/// Drives the `food` job: feeds it the rows of `food_inspections.csv` as they stream in,
/// then asks it for its files.
///
/// A row repeating an earlier 检查编号 with identical content (a re-export) is accepted
/// and counted once; one with the same 检查编号 but different content is rejected as
/// 重复编号且内容不同, the first row in file order being the one that counts.
struct FoodRunner: JobRunner {
    let name = JobName.food
    let period: Period
    let context: ExportContext
    private var job: FoodJob

    init(period: Period, context: ExportContext) {
        self.period = period
        self.context = context
        job = FoodJob(period: period, townships: context.reference.townships,
                      register: context.reference.register, targets: context.policy.food)
    }

    mutating func readInputs(_ reading: inout ExportReading) throws {
        try reading.read(FoodInspectionFile.self) { row, line in
            switch job.add(row, line: line) {
            case .counted, .repeated:
                return nil
            case .conflicting(let firstLine):
                let first = context.sourceFiles.lineReference(firstLine)
                return RowReject(.conflictingDuplicate, column: FoodInspectionFile.Column.inspectionID.spec.chinese,
                                 detail: "检查编号“\(row.inspectionID)”与\(first)重复且内容不同，以\(first)为准")
            case .unknownEntity:
                return RowReject(.unknownEntity, column: FoodInspectionFile.Column.entityID.spec.chinese,
                                 detail: "“\(row.entityID)”不在食品主体名录中（请核对编号，或加入参考数据 food_entities.csv）")
            }
        }
    }

    func render(unmasked: Bool) throws(RunFailure) -> JobOutput {
        FoodOutput.render(job.result())
    }
}
