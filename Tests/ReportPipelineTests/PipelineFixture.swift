import Foundation
@testable import ReportPipeline
import ReportCore
import SharedTestSupport

/// A throw-away workspace: the small fixture exports, a reference folder (the shipped
/// townships, quotas and calendar plus a one-item catalogue and a one-entity register)
/// and an empty reports folder.
struct PipelineFixture {
    let root: String
    var data: String { root + "/data" }
    var reference: String { root + "/reference" }
    var out: String { root + "/reports" }

    static let repository = TestRepository.path

    init() throws {
        root = NSTemporaryDirectory() + "pipeline-\(UUID().uuidString)"
        let files = FileManager.default
        try files.createDirectory(atPath: root, withIntermediateDirectories: true)
        try files.copyItem(atPath: Self.repository + "/Tests/ReportPipelineTests/Fixtures/small", toPath: data)
        try files.createDirectory(atPath: reference, withIntermediateDirectories: true)
        for name in ["townships.csv", "quotas.csv", "calendar.csv", "policy.yaml"] {
            try files.copyItem(atPath: Self.repository + "/datasets/reference/" + name, toPath: reference + "/" + name)
        }
        try write("reference/service_items.csv",
                  "事项编码,事项名称,部门,法定时限,承诺时限,即办件,复杂事项\nSJ-001,企业设立登记,区市场监管局,20,6,否,否\n")
        try write("reference/food_entities.csv",
                  "主体编号,主体名称,镇街,主体类型,登记备案,明厨亮灶\nSP0001,东高小学食堂,源泉镇,学校食堂,是,否\n")
    }

    func write(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + relative))
    }

    func configuration(_ period: String = "2018-12", jobs: [JobName] = JobName.allCases,
                       maxRejectRate: Int? = nil) -> RunConfiguration {
        RunConfiguration(period: Period(period)!, jobs: jobs, dataDirectory: data, referenceDirectory: reference,
                         outputDirectory: out, maxRejectRate: maxRejectRate, commandLine: ["run", "--period", period])
    }

    /// Every file under `folder`, by relative path, with its bytes.
    func snapshot(_ folder: String) -> [String: Data] { FolderSnapshot.files(folder) }

    /// Runs `jobs` for `period` twice, reading whole and reading every file large enough in
    /// parts (`partMinimumBytes` 0): the two published folders' snapshots (whole, parts).
    func runWholeAndInParts(_ period: String, jobs: [JobName]) throws -> (whole: [String: Data], parts: [String: Data]) {
        var whole = configuration(period, jobs: jobs)
        whole.outputDirectory = root + "/whole"
        var parts = whole
        parts.outputDirectory = root + "/parts"
        parts.partMinimumBytes = 0
        _ = try ReportRun(whole).execute()
        _ = try ReportRun(parts).execute()
        return (snapshot(whole.outputDirectory + "/" + period), snapshot(parts.outputDirectory + "/" + period))
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }
}
