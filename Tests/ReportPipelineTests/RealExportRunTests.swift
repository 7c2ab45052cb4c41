import Foundation
import Testing
@testable import ReportPipeline
import ReportPublish
import ReportInputs
import SharedTestSupport

/// Runs on exports and reference folders shaped as other offices send them.
@Suite struct RealExportRunTests {
    @Test func theServiceJobRunsWithoutRegisterOrQuotasAndDespiteABrokenRegister() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        try FileManager.default.removeItem(atPath: fixture.reference + "/quotas.csv")
        try fixture.write("reference/food_entities.csv", "主体编号,主体名称\nSP1,没有镇街和类型的名录\n")
        let result = try ReportRun(fixture.configuration(jobs: [.service])).execute()
        #expect(FileManager.default.fileExists(atPath: result.folder + "/service/department_indicators.csv"))
        // The files it did not need are not among its inputs.
        #expect(!result.inputs.map(\.file).contains("food_entities.csv"))
        #expect(!result.inputs.map(\.file).contains("quotas.csv"))
        // The food job does need the register: a usage error naming it.
        do {
            _ = try ReportRun(fixture.configuration(jobs: [.food])).execute()
            Issue.record("the food job must refuse a broken register")
        } catch {
            #expect(error.exitCode == .usage)
            #expect(error.details.contains { $0.hasPrefix("food_entities.csv:1: 缺少必需的列") })
        }
    }

    @Test func anExportFolderIsReadFileByFileWithDuplicatesAcrossFiles() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let single = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        let expected = fixture.snapshot(single.folder)
        // The same four deliveries in two files: the second with its columns in another
        // order under a title row, in GB18030; and an Excel lock file that is not read.
        let path = fixture.data + "/coal_deliveries.csv"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: fixture.data + "/coal_deliveries", withIntermediateDirectories: true)
        try fixture.write("data/coal_deliveries/01-东部.csv", ([lines[0]] + lines[1...2]).joined(separator: "\n") + "\n")
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let reversed = { (line: String) in line.split(separator: ",", omittingEmptySubsequences: false).reversed().joined(separator: ",") }
        let second = ["博山区清洁煤炭配送登记表", reversed(header.joined(separator: ","))] + lines[3...].map(reversed)
        try Data(GB18030Text.encode(second.joined(separator: "\r\n") + "\r\n")).write(
            to: URL(fileURLWithPath: fixture.data + "/coal_deliveries/02-西部.csv"))
        try fixture.write("data/coal_deliveries/~$02-西部.csv", "Excel 的锁文件，不读\n")
        let folder = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
        let files = fixture.snapshot(folder.folder)
        for name in expected.keys where name.hasPrefix("coal/") || name.hasPrefix("food/") || name.hasPrefix("service/") {
            if name == "coal/anomalies.csv" { continue }
            #expect(files[name] == expected[name], "\(name) differs")
        }
        // Anomalies name the record's file; its line is the line in that file.
        let anomalies = String(decoding: files["coal/anomalies.csv"] ?? Data(), as: UTF8.self)
        #expect(anomalies == "\u{FEFF}编号,异常类型,文件,镇街,村居,户号,登记编号,行号,说明\r\n"
                + "1,超过补贴上限,coal_deliveries/01-东部.csv,源泉镇,东高村,37********02,M002,3,"
                + "推广期累计配送 2.500 吨，超过每户补贴上限 2.000 吨，超出部分不予补贴\r\n")
        let manifest = try Manifest.decode(Array(files["manifest.json"]!))
        let parts = manifest.inputs.filter { $0.export == "coal_deliveries.csv" }
        #expect(parts.map(\.file) == ["coal_deliveries/01-东部.csv", "coal_deliveries/02-西部.csv"])
        #expect(parts.map(\.encoding) == ["UTF-8", "GB18030"])
        #expect(parts[1].headerLine == 2)
        #expect(parts.allSatisfy { $0.sha256.count == 64 })
        // The unknown-township row (line 5 of the single file) is now line 4 of the second file.
        let rejects = String(decoding: files["rejects/coal_deliveries/02-西部.csv"] ?? Data(), as: UTF8.self)
        #expect(rejects.contains("\r\ncoal_deliveries/02-西部.csv,4,镇街,未知镇街,"))
        #expect(files["rejects/coal_deliveries.csv"] == nil)
    }

    @Test func aTicketFolderReadSideBySideEqualsOneFileAndNamesItsBrokenFile() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        let header = "办件编号,受理大厅,镇街,部门,事项编码,办理渠道,受理时间,办结时间,办理环节数,跑动次数,评价,等候时长(分钟)"
        let rows = (1...9).map { n in
            "T00\(n),区政务服务中心,源泉镇,,SJ-001,窗口,2018-12-0\(n) 09:00,2018-12-\(n < 5 ? "0\(n + 1)" : "28") 10:00,3,1,满意,\(n)"
        }
        try fixture.write("data/service_tickets.csv", ([header] + rows).joined(separator: "\n") + "\n")
        let single = fixture.snapshot(try ReportRun(fixture.configuration(jobs: [.service])).execute().folder)
        // The same nine tickets in three files (the third with a title row): more files than
        // cores, so they are read two at a time and merged in name order.
        try FileManager.default.removeItem(atPath: fixture.data + "/service_tickets.csv")
        try FileManager.default.createDirectory(atPath: fixture.data + "/service_tickets", withIntermediateDirectories: true)
        try fixture.write("data/service_tickets/1.csv", ([header] + rows[0..<3]).joined(separator: "\n") + "\n")
        try fixture.write("data/service_tickets/2.csv", ([header] + rows[3..<6]).joined(separator: "\n") + "\n")
        try fixture.write("data/service_tickets/3.csv", (["办件登记表", header] + rows[6...]).joined(separator: "\n") + "\n")
        let folder = fixture.snapshot(try ReportRun(fixture.configuration(jobs: [.service])).execute().folder)
        for name in single.keys where name.hasPrefix("service/") {
            #expect(folder[name] == single[name], "\(name) differs")
        }
        let manifest = try Manifest.decode(Array(folder["manifest.json"]!))
        #expect(manifest.inputs.filter { $0.export == "service_tickets.csv" }.map(\.rowsAccepted) == [3, 3, 3])
        // A file without the required columns fails the run, and the message names it.
        try fixture.write("data/service_tickets/2.csv", "编号,备注\nT004,无\n")
        do {
            _ = try ReportRun(fixture.configuration(jobs: [.service])).execute()
            Issue.record("a folder file with a broken header must fail the run")
        } catch {
            #expect(error.exitCode == .input)
            #expect(error.description.hasPrefix("service_tickets/2.csv:1: 第 1 行不是可识别的表头（缺少必需的列"), "\(error.description)")
        }
    }

    @Test func anExportBothAsFileAndFolderIsRefused() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        try FileManager.default.createDirectory(atPath: fixture.data + "/stove_installs", withIntermediateDirectories: true)
        try fixture.write("data/stove_installs/a.csv", "登记编号\n")
        do {
            _ = try ReportRun(fixture.configuration(maxRejectRate: 500)).execute()
            Issue.record("an export in two places must not be read")
        } catch {
            #expect(error.exitCode == .input)
            #expect(error.description.contains("stove_installs.csv 与文件夹 stove_installs/ 同时存在"))
        }
    }
}

/// The data-quality table's staleness mark (SPEC §5 scorecard).
@Suite struct StalenessMarkTests {
    @Test func aTownshipWithNothingToDeliverIsNeverMarkedStale() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        // 2018-12 (campaign still running): 源泉镇 (task 3 000 t) last delivered on 10-08,
        // 84 days before the period end; 城西街道 (task 0 t and 0 stoves in quotas.csv) on
        // 10-09, 83 days. Both are older than the 7-day limit; only 源泉镇 has a task.
        try fixture.write("data/coal_deliveries.csv", """
            登记编号,镇街,村居,户号,购买人,联系电话,煤炭品种,批号,购买数量(吨),购买单价(元),总金额(元),配送企业,配送人,配送日期
            M001,源泉镇,东高村,370304100001,张三明,13812345678,洁净型煤,B01,1.5,800,1200,淄博洁源煤业有限公司,刘一,2018-10-08
            M002,城西街道,西村,370304900001,李四,13812345679,洁净型煤,B01,1,800,800,淄博洁源煤业有限公司,刘一,2018-10-09

            """)
        let result = try ReportRun(fixture.configuration(jobs: [.coal], maxRejectRate: 500)).execute()
        let summary = try String(contentsOfFile: result.folder + "/summary.md", encoding: .utf8)
        let lines = summary.split(separator: "\n").map(String.init)
        let yuanquan = try #require(lines.first { $0.hasPrefix("| 源泉镇 |") && $0.contains("coal\\_deliveries.csv 84 天") })
        let chengxi = try #require(lines.first { $0.hasPrefix("| 城西街道 |") && $0.contains("coal\\_deliveries.csv 83 天") })
        #expect(yuanquan.hasSuffix("84 天 ⚠ |"))
        #expect(chengxi.hasSuffix("83 天 |"))
    }
}
