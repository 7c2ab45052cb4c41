import Foundation
import Testing
@testable import ReportPipeline
import ReportCore
import SharedTestSupport

/// A month report's trend is the year to date, and its months are the year report's.
@Suite struct YearToDateTrendTests {
    static func trend(_ period: String) throws -> [[String]] {
        let out = NSTemporaryDirectory() + "ytd-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let configuration = RunConfiguration(
            period: Period(period)!, jobs: [.coal, .service], dataDirectory: TestRepository.path + "/datasets/sample",
            referenceDirectory: TestRepository.path + "/datasets/reference", outputDirectory: out,
            maxRejectRate: nil, commandLine: ["run", "--period", period])
        let folder = try ReportRun(configuration).execute().folder
        let text = try String(contentsOfFile: folder + "/trend.csv", encoding: .utf8)
        return text.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func aMonthReportsTrendIsTheYearReportsMonthsUpToIt() throws {
        let month = try Self.trend("2018-11"), year = try Self.trend("2018")
        // Header, then January to November: service from January, coal from the campaign's
        // first month (September), empty before.
        #expect(month[0] == ["月份", "清洁煤炭累计完成率(%)", "政务服务按时办结率(%)"])
        #expect(month.dropFirst().map { $0[0] } == (1...11).map { String(format: "2018-%02d", $0) })
        #expect(month[1][1] == "" && month[9][1] != "")
        // Service: each month's rate is that month's, whichever report it is in.
        for index in 1...11 { #expect(month[index][2] == year[index][2], "\(month[index][0])") }
        // Coal: cumulative from the campaign start, so the same at each month end.
        for index in 9...11 { #expect(month[index][1] == year[index][1], "\(month[index][0])") }
    }
}
