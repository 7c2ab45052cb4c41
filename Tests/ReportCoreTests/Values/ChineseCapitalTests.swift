import SharedTestSupport
import Testing
import ReportCore

@Suite("Fen.chineseCapital (大写金额)")
struct ChineseCapitalTests {
    /// Amounts in fen with the capital worked out by hand; the comment gives the yuan amount
    /// and, where it matters, the rule that decides it.
    static let cases: [(Int64, String)] = [
        // The spec's examples.
        (123_450, "壹仟贰佰叁拾肆元伍角整"),                // 1234.50: 整 after 角
        (100_400, "壹仟零肆元整"),                          // 1004.00: one 零 for 00
        (168_032, "壹仟陆佰捌拾元零叁角贰分"),              // 1680.32: 元 digit 0 → 零 before 角
        (10_000_000, "壹拾万元整"),                         // 100000.00: 壹拾 at the head
        // The People's Bank examples.
        (1_640_902, "壹万陆仟肆佰零玖元零贰分"),            // 16409.02: 角 0 → 零 before 分
        (32_504, "叁佰贰拾伍元零肆分"),                     // 325.04
        (600_714, "陆仟零柒元壹角肆分"),                    // 6007.14
        (140_950, "壹仟肆佰零玖元伍角整"),                  // 1409.50
        (10_700_053, "壹拾万柒仟元零伍角叁分"),             // 107000.53
        // Under one yuan: no 元, no leading 零.
        (0, "零元整"),
        (50, "伍角整"),                                     // 0.50
        (5, "伍分"),                                        // 0.05
        (35, "叁角伍分"),                                   // 0.35
        (1, "壹分"),                                        // 0.01
        (10, "壹角整"),                                     // 0.10
        (99, "玖角玖分"),                                   // 0.99
        // Small whole amounts and 壹拾 at the head.
        (100, "壹元整"),                                    // 1
        (1_000, "壹拾元整"),                                // 10
        (1_500, "壹拾伍元整"),                              // 15
        (2_000, "贰拾元整"),                                // 20
        (10_000, "壹佰元整"),                               // 100
        (12_000, "壹佰贰拾元整"),                           // 120
        (11_000_000, "壹拾壹万元整"),                       // 110000
        (20_000_000, "贰拾万元整"),                         // 200000
        // Zeros inside a section.
        (10_100, "壹佰零壹元整"),                           // 101
        (11_000, "壹佰壹拾元整"),                           // 110
        (100_100, "壹仟零壹元整"),                          // 1001
        (101_000, "壹仟零壹拾元整"),                        // 1010
        // Zeros across the 万 boundary.
        (1_000_100, "壹万零壹元整"),                        // 10001
        (1_001_000, "壹万零壹拾元整"),                      // 10010
        (1_010_000, "壹万零壹佰元整"),                      // 10100
        (1_100_000, "壹万壹仟元整"),                        // 11000: 仟 digit present, no 零
        (10_010_000, "壹拾万零壹佰元整"),                   // 100100
        (100_000_100, "壹佰万零壹元整"),                    // 1000001
        (1_000_000_100, "壹仟万零壹元整"),                  // 10000001
        // Zeros across the 亿 boundary.
        (10_000_000_000, "壹亿元整"),                       // 100000000
        (10_000_000_100, "壹亿零壹元整"),                   // 100000001
        (10_001_000_000, "壹亿零壹万元整"),                 // 100010000
        (10_000_100_000, "壹亿零壹仟元整"),                 // 100001000
        (11_000_000_000, "壹亿壹仟万元整"),                 // 110000000: 仟万 digit present
        (100_000_000_100, "壹拾亿零壹元整"),                // 1000000001
        (20_300_400_500, "贰亿零叁佰万肆仟零伍元整"),       // 203004005
        (101_010_101_000, "壹拾亿壹仟零壹拾万壹仟零壹拾元整"),  // 1010101010
        (12_345_678_901, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分"),  // 123456789.01
        // Large amounts: 9999亿 and 万亿.
        (99_990_000_000_000, "玖仟玖佰玖拾玖亿元整"),       // 999900000000
        (99_999_999_999_999, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        (100_000_000_000_000, "壹万亿元整"),                // 10^12 yuan
        (100_010_000_000_000, "壹万零壹亿元整"),            // 10^12 + 10^8 yuan
        (100_000_001_000_000, "壹万亿零壹万元整"),          // 10^12 + 10^4 yuan
        (100_000_000_000_005, "壹万亿元零伍分"),            // 10^12 yuan + 0.05
        // Jiao and fen after whole amounts.
        (1_005, "壹拾元零伍分"),                            // 10.05: one 零 covers 元 and 角
        (1_030, "壹拾元零叁角整"),                          // 10.30
        (1_001, "壹拾元零壹分"),                            // 10.01
        (3_020, "叁拾元零贰角整"),                          // 30.20
        (1_234, "壹拾贰元叁角肆分"),                        // 12.34
        (101, "壹元零壹分"),                                // 1.01
        (110, "壹元壹角整"),                                // 1.10
        (99_999, "玖佰玖拾玖元玖角玖分"),                   // 999.99
        (24_000, "贰佰肆拾元整"),                           // 240: the coal subsidy, 2 t × 120
        (39_000, "叁佰玖拾元整"),                           // 390: coal plus stove subsidy
        // Negative amounts.
        (-123_450, "负壹仟贰佰叁拾肆元伍角整"),
        (-5, "负伍分"),
        (-100, "负壹元整"),
        // The extremes of Int64 (亿亿): no trap.
        (Int64.max, "玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分"),
        (Int64.min, "负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分"),
    ]

    @Test(arguments: cases)
    func writesCapital(fen: Int64, expected: String) {
        #expect(Fen.chineseCapital(fen) == expected)
    }

    @Test func handWorkedTableIsLarge() {
        #expect(Self.cases.count >= 40)
    }

    /// Property over zero-heavy amounts up to 10^16 fen: the capital reads back to the amount,
    /// and the 零/整 rules hold (never 零零, no 零 before a unit or at the start except 零元整,
    /// 整 exactly when there is no 分).
    @Test func readsBackAndFollowsZeroRules() {
        var random = SplitMix64(seed: 109)
        var amounts: [Int64] = Array(0...2_000)
        for _ in 0..<20_000 {
            var value: Int64 = 0
            for _ in 0..<Int.random(in: 1...16, using: &random) {
                let digit = Int64.random(in: 0...9, using: &random)
                value = value * 10 + (Int.random(in: 0..<10, using: &random) < 6 ? 0 : digit)
            }
            amounts.append(value)
            amounts.append(-value)
        }
        for fen in amounts {
            let text = Fen.chineseCapital(fen)
            if fenFromChineseCapital(text) != fen { Issue.record("\(fen) → \(text) reads back differently") }
            if fen == 0 {
                #expect(text == "零元整")
                continue
            }
            for bad in ["零零", "零元", "零万", "零亿", "零整", "零角", "零分", "零拾", "零佰", "零仟", "亿万"] where text.contains(bad) {
                Issue.record("\(fen) → \(text) contains \(bad)")
            }
            if text.hasPrefix("零") { Issue.record("\(fen) → \(text) starts with 零") }
            if text.hasSuffix("整") != (fen % 10 == 0) { Issue.record("\(fen) → \(text): 整 rule") }
        }
    }
}
