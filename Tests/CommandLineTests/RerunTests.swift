import Foundation
import Testing

/// Reruns in separate processes: each process hashes with its own random seed, so any
/// report whose order came from a dictionary or set would differ between the two runs.
@Suite(.serialized) struct RerunTests {
    @Test(arguments: ["2018-12", "2018"])
    func twoProcessesPublishTheSameBytes(period: String) throws {
        let workspace = try Workspace(dataFolder: "datasets/sample")
        defer { workspace.cleanUp() }
        let tool = ToolProcess.executable
        let first = try ToolProcess.run(tool, ["run", "--period", period] + workspace.runArguments)
        #expect(first.status == 0, "\(first.stderr)")
        let before = workspace.snapshot(workspace.out + "/" + period)
        #expect(before.keys.contains("summary.md") && before.keys.contains("summary.html") && before.keys.contains("通报.docx")
                    && before.keys.contains("报表.xlsx")
                    && before.keys.contains("coal/anomalies.csv")
                    && before.keys.contains("service/overdue.csv") && before.keys.contains("food/open_failures.csv"))

        let second = try ToolProcess.run(tool, ["run", "--period", period] + workspace.runArguments)
        #expect(second.status == 0, "\(second.stderr)")
        let after = workspace.snapshot(workspace.out + "/" + period)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, bytes) in before where after[path] != bytes {
            Issue.record("\(path) differs between two runs")
        }
    }
}
