import Foundation
import Testing
@testable import ReportInputs

@Suite struct PolicyFileTests {
    @Test func shippedPolicyHasTheGazetteValues() throws {
        let policy = try PolicyFile.load(path: shippedReference + "/policy.yaml")
        #expect(policy.coal.subsidyFenPerTon == 12_000)              // 120 元/吨
        #expect(policy.coal.subsidyMaxKilogramsPerHousehold == 2_000) // 2 吨
        #expect(policy.coal.stoveSubsidyFen == 15_000)               // 150 元/台
        #expect(policy.coal.stoveMaxPerHousehold == 1)
        #expect(policy.coal.quality.sulfurMax == 500)                 // 0.5%
        #expect(policy.coal.quality.heatMin == 24_000)                // 24 MJ/kg
        #expect(policy.coal.quality.lantanTypes == ["兰炭"])
        #expect(policy.coal.campaign(year: 2018).map { "\($0.lowerBound)…\($0.upperBound)" } == "2018-09-01…2018-12-31")
        #expect(policy.food.relatedProductsPassRate == 945)
        #expect(policy.food.schoolCanteenGradeBRate == 950)
        #expect(policy.service.committedMaxPercentOfStatutory == 30)
        #expect(policy.run.maxRejectRate == 50)
        #expect(policy.values["coal.subsidy.coal_yuan_per_ton"] == "120")
    }

    @Test func builtInDefaultsAreTheShippedFileWordForWord() throws {
        let shipped = try String(contentsOfFile: shippedReference + "/policy.yaml", encoding: .utf8)
        #expect(BuiltInPolicy.text == shipped)
    }

    @Test func readStallSecondsMayBeLeftOutButNotWrong() throws {
        // Policies written before the key existed still load, with 10 minutes.
        let without = BuiltInPolicy.text.replacingOccurrences(
            of: "  read_stall_seconds: 600      # a read of an input with no progress this long stops the run (exit 74)\n",
            with: "")
        #expect(without != BuiltInPolicy.text)
        #expect(try PolicyFile.parse(without, source: "old.yaml").run.readStallSeconds == 600)
        let short = BuiltInPolicy.text.replacingOccurrences(of: "read_stall_seconds: 600", with: "read_stall_seconds: 30")
        #expect(try PolicyFile.parse(short, source: "short.yaml").run.readStallSeconds == 30)
        let zero = BuiltInPolicy.text.replacingOccurrences(of: "read_stall_seconds: 600", with: "read_stall_seconds: 0")
        let error = #expect(throws: PolicyError.self) { _ = try PolicyFile.parse(zero, source: "zero.yaml") }
        #expect(error?.problems == ["run.read_stall_seconds = 0 超出合理范围"])
    }

    @Test func everyProblemIsListed() {
        var text = BuiltInPolicy.text
        text = text.replacingOccurrences(of: "    coal_yuan_per_ton: 120\n", with: "")
        text = text.replacingOccurrences(of: "ash_max_percent: 16", with: "ash_max_percent: lots")
        text = text.replacingOccurrences(of: "stale_export_days: 7", with: "stale_export_days: -3")
        text = text.replacingOccurrences(of: "max_steps: 3", with: "max_step: 3")
        let error = #expect(throws: PolicyError.self) { _ = try PolicyFile.parse(text, source: "test.yaml") }
        #expect(error?.problems == [
            "缺少 coal.subsidy.coal_yuan_per_ton",
            "coal.quality.ash_max_percent = lots：不是有效的数字：lots",
            "缺少 service.max_steps",
            "run.stale_export_days = -3 超出合理范围",
            "未知的键 service.max_step（拼写错误？）",
        ])
    }

    @Test func weightsThatSumToZeroAreNonsense() {
        let text = BuiltInPolicy.text.replacingOccurrences(of: "    coal: 0.5\n    stove: 0.5", with: "    coal: 0\n    stove: 0")
        let error = #expect(throws: PolicyError.self) { _ = try PolicyFile.parse(text, source: "test.yaml") }
        #expect(error?.problems == ["coal.ranking_weights 的权重之和必须大于 0"])
    }

    @Test func notYAML() {
        let error = #expect(throws: PolicyError.self) { _ = try PolicyFile.parse("coal: [unclosed", source: "x") }
        #expect(error?.problems.first?.hasPrefix("YAML 格式错误") == true)
    }
}
