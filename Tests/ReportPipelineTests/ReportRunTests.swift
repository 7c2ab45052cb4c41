import Foundation
import Testing
@testable import ReportPipeline
import ReportPublish
import ReportInputs

@Suite struct ReportRunTests {
    @Test func publishesManifestAndRejectsAndRerunsAreByteIdentical() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        // coal_deliveries.csv has 4 rows, one with an unknown township (line 5): 25% > 5%.
        let result = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        #expect(result.folder == fixture.out + "/2018-12")
        let files = fixture.snapshot(result.folder)
        #expect(files["manifest.json"] != nil)
        #expect(files["summary.md"] != nil)
        let rejects = String(decoding: files["rejects/coal_deliveries.csv"] ?? Data(), as: UTF8.self)
        let lines = rejects.components(separatedBy: "\r\n")
        #expect(lines[0] == "\u{FEFF}文件,行号,列,原因类别,原因,登记编号,镇街,村居,户号,购买人,联系电话,煤炭品种,批号,购买数量(吨),购买单价(元),总金额(元),配送企业,配送人,配送日期")
        // The buyer and phone are masked in the rejects file as in the reports.
        #expect(lines[1] == "coal_deliveries.csv,5,镇街,未知镇街,“不存在镇”不在镇街名录中（如是别名，请加入参考数据 townships.csv 的“别名”列）,M004,不存在镇,某村,37********01,赵*,,洁净型煤,B01,1,800,800,淄博洁源煤业有限公司,刘*,2018-11-02")
        let manifest = try Manifest.decode(Array(files["manifest.json"]!))
        #expect(manifest.outcome == .published)
        #expect(manifest.period == "2018-12")
        let coal = try #require(manifest.inputs.first { $0.file == "coal_deliveries.csv" })
        #expect((coal.rowsRead, coal.rowsAccepted, coal.rowsRejected) == (4, 3, 1))
        #expect(coal.rejectsByReason == ["未知镇街": 1])
        #expect(coal.encoding == "UTF-8")
        #expect(coal.latestDate == "2018-11-02")
        #expect(manifest.policy["coal.subsidy.coal_yuan_per_ton"] == "120")
        #expect(manifest.policy["run.max_reject_rate_percent"] == "50.0（命令行 --max-reject-rate）")

        _ = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        #expect(fixture.snapshot(result.folder) == files)
    }

    @Test func rerunningOneJobKeepsTheOtherJobsReports() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        // Into an empty folder, --jobs food publishes food only.
        let first = try ReportRun(fixture.configuration(jobs: [.food], maxRejectRate: 500)).execute()
        #expect(first.alsoRan.isEmpty)
        #expect(!fixture.snapshot(first.folder).keys.contains { $0.hasPrefix("coal/") || $0.hasPrefix("service/") })
        // All jobs, then coal alone: food and service are run again (same inputs, same
        // bytes) instead of vanishing with the replaced folder.
        _ = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        let all = fixture.snapshot(first.folder)
        let coal = try ReportRun(fixture.configuration(jobs: [.coal], maxRejectRate: 500)).execute()
        #expect(coal.alsoRan == [.food, .service])
        let after = fixture.snapshot(first.folder)
        #expect(after.keys.sorted() == all.keys.sorted())
        for (path, bytes) in all where path != "manifest.json" { #expect(after[path] == bytes, "\(path)") }
        let manifest = try Manifest.decode(Array(after["manifest.json"]!))
        #expect(manifest.jobs == ["coal", "food", "service"])

        // Without the ticket export the widened run fails, says why service was run at all,
        // and leaves the published folder as it was.
        try FileManager.default.removeItem(atPath: fixture.data + "/service_tickets.csv")
        let failure = #expect(throws: RunFailure.self) {
            try ReportRun(fixture.configuration(jobs: [.coal], maxRejectRate: 500)).execute()
        }
        #expect(failure?.exitCode == .input)
        #expect(failure?.details.last == "（2018-12 已有食品安全、政务服务的报表，本次一并重算，以免被删除）")
        #expect(fixture.snapshot(first.folder) == after)
    }

    @Test func rejectRateOverTheLimitFailsAndLeavesPublishedReportsAlone() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        _ = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        let before = fixture.snapshot(fixture.out + "/2018-12")
        // Default limit 5%: 1 of 4 coal rows rejected (25%) refuses the run.
        let failure = #expect(throws: RunFailure.self) { try ReportRun(fixture.configuration()).execute() }
        #expect(failure?.exitCode == .input)
        #expect(failure?.message == "coal_deliveries.csv: 拒收 1/4 行（25.0%），超过上限 5.0%（4 行中最多可拒收 0 行）；"
                + "明细见 \(fixture.out)/.failed/2018-12/rejects/coal_deliveries.csv")
        #expect(fixture.snapshot(fixture.out + "/2018-12") == before)
        let failed = fixture.snapshot(fixture.out + "/.failed/2018-12")
        #expect(failed["rejects/coal_deliveries.csv"] != nil)
        let manifest = try Manifest.decode(Array(failed["manifest.json"]!))
        #expect(manifest.outcome == .failed)
        #expect(manifest.failureReason?.hasPrefix("coal_deliveries.csv: 拒收 1/4 行") == true)
    }

    @Test func aLaterSuccessfulRunClearsTheFailedDiagnostics() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        // 1 of 4 coal rows rejected: refused at the default 5%, published at 50%.
        _ = #expect(throws: RunFailure.self) { try ReportRun(fixture.configuration()).execute() }
        #expect(fixture.snapshot(fixture.out + "/.failed/2018-12")["manifest.json"] != nil)
        _ = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        #expect(!FileManager.default.fileExists(atPath: fixture.out + "/.failed/2018-12"))
        #expect(fixture.snapshot(fixture.out + "/2018-12")["manifest.json"] != nil)
    }

    @Test func missingExportFailsWithItsName() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        try FileManager.default.removeItem(atPath: fixture.data + "/service_tickets.csv")
        let failure = #expect(throws: RunFailure.self) {
            try ReportRun(fixture.configuration(jobs: [.service])).execute()
        }
        #expect(failure?.exitCode == .input)
        // The folder looked in is named, as an absolute path (cron runs elsewhere).
        #expect(failure?.message == "service_tickets.csv: 无法打开文件：在文件夹 \(fixture.data)/ 中找不到 service_tickets.csv")
        #expect(!FileManager.default.fileExists(atPath: fixture.out + "/2018-12"))
        // Only the chosen job's exports are read: coal alone still runs.
        try FileManager.default.removeItem(atPath: fixture.data + "/coal_deliveries.csv")
        _ = try ReportRun(fixture.configuration(jobs: [.food])).execute()
    }

    @Test func aSecondRunWhileTheLockIsHeldExitsAtOnce() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let lock = try RunLock(outputDirectory: fixture.out)
        defer { lock.release() }
        let started = Date()
        let failure = #expect(throws: RunFailure.self) {
            try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        }
        #expect(failure?.exitCode == .locked)
        #expect(failure?.message.contains("正在写入") == true)
        #expect(Date().timeIntervalSince(started) < 30)  // no waiting for the lock (generous bound)
        #expect(!FileManager.default.fileExists(atPath: fixture.out + "/2018-12"))
    }

    @Test func brokenPolicyIsAUsageError() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        try fixture.write("reference/policy.yaml", "coal: {}\n")
        let failure = #expect(throws: RunFailure.self) { try ReportRun(fixture.configuration()).execute() }
        #expect(failure?.exitCode == .usage)
        #expect(failure?.details.first == "缺少 coal.campaign_start")
    }
}

/// The ticket file read in parts on several cores publishes exactly what reading it in
/// one piece publishes: every report, the rejects and the manifest's SHA-256 and counts.
@Suite struct PartsReadingTests {
    @Test func serviceReportsAreTheSameReadInPartsAsWhole() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let sample = PipelineFixture.repository + "/datasets/sample"
        for name in ["service_tickets.csv"] {
            try FileManager.default.removeItem(atPath: fixture.data + "/" + name)
            try FileManager.default.copyItem(atPath: sample + "/" + name, toPath: fixture.data + "/" + name)
        }
        for name in ["service_items.csv", "food_entities.csv"] {
            try FileManager.default.removeItem(atPath: fixture.reference + "/" + name)
            try FileManager.default.copyItem(atPath: PipelineFixture.repository + "/datasets/reference/" + name,
                                             toPath: fixture.reference + "/" + name)
        }
        let (a, b) = try fixture.runWholeAndInParts("2018-Q4", jobs: [.service])
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a where path != "manifest.json" {
            #expect(b[path] == bytes, "\(path)")
        }
        let ma = try Manifest.decode(Array(a["manifest.json"]!)), mb = try Manifest.decode(Array(b["manifest.json"]!))
        #expect(ma.inputs == mb.inputs)
        let tickets = try #require(mb.inputs.first { $0.file == "service_tickets.csv" })
        #expect(tickets.rowsRejected == 22)
    }

    @Test func theSampleTicketFileIsReallySplit() throws {
        let reference = try RunSetup.loadContext(referenceDirectory: PipelineFixture.repository + "/datasets/reference",
                                                 policyPath: nil)
        var reading = ExportReading(dataDirectory: PipelineFixture.repository + "/datasets/sample", context: reference)
        reading.partMinimumBytes = 0
        let counted = try reading.readInParts(ServiceTicketFile.self, parts: 2, makeJob: { 0 },
                                              onRow: { count, _, _ in count += 1; return nil }, merge: { $0 += $1; return true })
        #expect(reading.partsRead["service_tickets.csv"] == 2)
        // 20 060 rows, 22 rejected (datasets/sample/README.md): 20 038 reach the job.
        #expect(counted == 20_038)
        #expect(reading.reports.first?.rowsRead == 20_060)
        #expect(reading.reports.first?.rejects.map(\.line) == reading.reports.first?.rejects.map(\.line).sorted())
    }
}

/// A period the holiday calendar does not cover stops the run before anything is read.
@Suite struct CalendarCoverageTests {
    @Test func serviceRunOutsideTheCalendarIsAUsageErrorAndPublishesNothing() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let failure = #expect(throws: RunFailure.self) {
            try ReportRun(fixture.configuration("2020-01", jobs: [.service])).execute()
        }
        #expect(failure?.exitCode == .usage)
        #expect(failure?.message == "工作日历不覆盖 2020年1月（覆盖 2017–2019），请补充 calendar.csv")
        #expect(!FileManager.default.fileExists(atPath: fixture.out + "/2020-01"))
        // Coal and food need no working days: they run for the same period.
        _ = try ReportRun(fixture.configuration("2020-01", jobs: [.food])).execute()
    }
}
