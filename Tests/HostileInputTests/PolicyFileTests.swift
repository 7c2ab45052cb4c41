import Foundation
import ReportInputs
import Testing

/// A policy file with a missing or nonsensical value: every problem listed, nothing read
/// or written, exit 64. Each case edits the shipped `policy.yaml` (the built-in copy).
@Suite struct PolicyFileTests {
    /// The shipped policy with `old` replaced by `new` (which must occur exactly once).
    static func policy(replacing old: String, with new: String) -> String {
        let text = BuiltInPolicy.text
        precondition(text.components(separatedBy: old).count == 2, "“\(old)” must occur once")
        return text.replacingOccurrences(of: old, with: new)
    }

    static func problems(_ text: String) -> [String] {
        do {
            _ = try PolicyFile.parse(text, source: "policy.yaml")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func shippedPolicyIsValid() {
        #expect(Self.problems(BuiltInPolicy.text) == [])
    }

    @Test func missingKey() {
        #expect(Self.problems(Self.policy(replacing: "  stale_export_days: 7 ", with: "  # stale_export_days: 7 "))
                == ["缺少 run.stale_export_days"])
    }

    @Test func valueThatIsNotANumber() {
        #expect(Self.problems(Self.policy(replacing: "coal_yuan_per_ton: 120", with: "coal_yuan_per_ton: 一百二十"))
                == ["coal.subsidy.coal_yuan_per_ton = 一百二十：不是有效的数字：一百二十"])
        #expect(Self.problems(Self.policy(replacing: "coal_yuan_per_ton: 120", with: "coal_yuan_per_ton: .nan"))
                == ["coal.subsidy.coal_yuan_per_ton = .nan：不是有效的数字：.nan"])
        #expect(Self.problems(Self.policy(replacing: "coal_yuan_per_ton: 120", with: "coal_yuan_per_ton: 1e308"))
                == ["coal.subsidy.coal_yuan_per_ton = 1e308：不是有效的数字：1e308"])
        #expect(Self.problems(Self.policy(replacing: "coal_yuan_per_ton: 120", with: "coal_yuan_per_ton: [120]"))
                == ["coal.subsidy.coal_yuan_per_ton 应为单个取值"])
    }

    @Test func negativeValues() {
        #expect(Self.problems(Self.policy(replacing: "stale_export_days: 7", with: "stale_export_days: -7"))
                == ["run.stale_export_days = -7 超出合理范围"])
        #expect(Self.problems(Self.policy(replacing: "stove_yuan_each: 150", with: "stove_yuan_each: -150"))
                == ["coal.subsidy.stove_yuan_each = -150 超出合理范围"])
    }

    @Test func percentageOverAHundred() {
        #expect(Self.problems(Self.policy(replacing: "max_reject_rate_percent: 5", with: "max_reject_rate_percent: 500"))
                == ["run.max_reject_rate_percent = 500 超出合理范围"])
    }

    @Test func weightsSummingToZero() {
        let coal = Self.policy(replacing: "    coal: 0.5\n    stove: 0.5", with: "    coal: 0\n    stove: 0")
        #expect(Self.problems(coal) == ["coal.ranking_weights 的权重之和必须大于 0"])
        var service = BuiltInPolicy.text
        for key in ["item_compliance", "on_time", "one_visit", "online", "satisfaction"] {
            service = service.replacingOccurrences(of: "    \(key): 1 ", with: "    \(key): 0 ")
        }
        #expect(Self.problems(service) == ["service.ranking_weights 的权重之和必须大于 0"])
    }

    @Test func unknownKey() {
        #expect(Self.problems(Self.policy(replacing: "    stove_yuan_each: 150", with: "    stove_yuan_eahc: 150"))
                == ["缺少 coal.subsidy.stove_yuan_each", "未知的键 coal.subsidy.stove_yuan_eahc（拼写错误？）"])
    }

    @Test func campaignEndingBeforeItStarts() {
        #expect(Self.problems(Self.policy(replacing: "campaign_end: \"12-31\"", with: "campaign_end: \"08-31\""))
                == ["coal.campaign_start 必须不晚于 coal.campaign_end"])
        #expect(Self.problems(Self.policy(replacing: "campaign_end: \"12-31\"", with: "campaign_end: \"02-30\""))
                == ["coal.campaign_end = 02-30：应为每年都有的“月-日”，如 09-01", "coal.campaign_start 必须不晚于 coal.campaign_end"])
        // 02-29 exists only in leap years: a campaign ending then would vanish in 2019.
        #expect(Self.problems(Self.policy(replacing: "campaign_end: \"12-31\"", with: "campaign_end: \"02-29\""))
                == ["coal.campaign_end = 02-29：应为每年都有的“月-日”，如 09-01", "coal.campaign_start 必须不晚于 coal.campaign_end"])
    }

    @Test func emptyAndBrokenYAML() {
        #expect(Self.problems("") == ["策略文件为空"])
        #expect(Self.problems("coal: [unclosed\n").first?.hasPrefix("YAML 格式错误：") == true)
    }

    @Test func everyProblemIsListedAtOnce() {
        var text = Self.policy(replacing: "stale_export_days: 7", with: "stale_export_days: -7")
        text = text.replacingOccurrences(of: "coal_yuan_per_ton: 120", with: "coal_yuan_per_ton: abc")
        text += "extra_section:\n  x: 1\n"
        #expect(Self.problems(text) == [
            "coal.subsidy.coal_yuan_per_ton = abc：不是有效的数字：abc",
            "run.stale_export_days = -7 超出合理范围",
            "未知的键 extra_section.x（拼写错误？）",
        ])
    }

    @Test func commandLineRefusesABadPolicyBeforeReadingAnything() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.path("bad-policy.yaml")
        try scratch.write("bad-policy.yaml", Self.policy(replacing: "    coal: 0.5\n    stove: 0.5", with: "    coal: 0\n    stove: 0"))
        let result = try scratch.run(["--policy", path])
        #expect(result.status == 64)
        #expect(result.stderr == "错误：策略文件有误（\(path)）\n  coal.ranking_weights 的权重之和必须大于 0\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.out))

        // The same file as <reference>/policy.yaml is picked up without --policy.
        try FileManager.default.removeItem(atPath: scratch.reference + "/policy.yaml")
        try FileManager.default.moveItem(atPath: path, toPath: scratch.reference + "/policy.yaml")
        let implicit = try scratch.run()
        #expect(implicit.status == 64)
        #expect(implicit.reason == "错误：策略文件有误（\(scratch.reference)/policy.yaml）")

        let missing = try scratch.run(["--policy", scratch.path("no-such-policy.yaml")])
        #expect(missing.status == 64)
        #expect(missing.reason == "错误：策略文件有误（\(scratch.path("no-such-policy.yaml"))）")
        #expect(missing.stderr.contains("  无法读取策略文件："))
    }
}
