extension Fen {
    /// The amount in Chinese capital numerals (大写金额), as the gazette's forms require,
    /// following the People's Bank of China rules for bills and settlement vouchers
    /// (《正确填写票据和结算凭证的基本规定》):
    ///
    /// - digits 零壹贰叁肆伍陆柒捌玖 with 拾佰仟 inside a four-digit section and 万, 亿
    ///   between sections (10^12 is 壹万亿; amounts from 10^16 yuan read as 亿亿, which no
    ///   real amount reaches); a leading 1 in the tens place keeps its digit: `壹拾元整`;
    /// - one 零 for each run of zeros between non-zero digits, also across 万 and 亿:
    ///   1004 → 壹仟零肆, 100100 → 壹拾万零壹佰, 100000001 → 壹亿零壹; trailing zeros are silent;
    /// - after 元: 零 before the 角 when the 元 digit is 0 (`壹仟陆佰捌拾元零叁角贰分`), 零
    ///   before the 分 when 角 is 0 (`叁佰贰拾伍元零肆分`) — the optional 零 of the rules is
    ///   always written, and never twice;
    /// - 整 when there is no 分 (`…元整`, `…伍角整`); amounts under one yuan start at 角 or 分
    ///   (`伍角整`, `伍分`); zero is `零元整`; negative amounts are prefixed `负`.
    ///
    /// 123450 → `壹仟贰佰叁拾肆元伍角整`, 100400 → `壹仟零肆元整`,
    /// 168032 → `壹仟陆佰捌拾元零叁角贰分`, 10000000 → `壹拾万元整`.
    public static func chineseCapital(_ fen: Int64) -> String {
        let magnitude = fen.magnitude
        let yuan = magnitude / 100
        let jiao = Int(magnitude / 10 % 10)
        let fenDigit = Int(magnitude % 10)
        var text = fen < 0 ? "负" : ""
        if yuan > 0 {
            appendYuan(yuan, to: &text)
            text += "元"
        } else if jiao == 0 && fenDigit == 0 {
            return "零元整"
        }
        if jiao > 0 {
            if yuan > 0 && yuan % 10 == 0 { text += "零" }
            text += capitalDigits[jiao] + "角"
        }
        if fenDigit > 0 {
            if yuan > 0 && jiao == 0 { text += "零" }
            text += capitalDigits[fenDigit] + "分"
        } else {
            text += "整"
        }
        return text
    }

    private static let capitalDigits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    private static let sectionUnits = ["", "拾", "佰", "仟"]

    /// A positive whole number: everything above 10^8 is read as a number of 亿, itself
    /// possibly with 万 and 亿, then the remaining eight digits, with 零 when they lack
    /// their leading digit (壹亿零壹万).
    private static func appendYuan(_ value: UInt64, to text: inout String) {
        guard value >= 100_000_000 else {
            appendBelowYi(value, to: &text)
            return
        }
        appendYuan(value / 100_000_000, to: &text)
        text += "亿"
        let rest = value % 100_000_000
        if rest == 0 { return }
        if rest < 10_000_000 { text += "零" }
        appendBelowYi(rest, to: &text)
    }

    /// A number 1…99999999: the 万 section, then the last four digits, with 零 when they
    /// lack their 仟 digit (壹拾万零壹佰).
    private static func appendBelowYi(_ value: UInt64, to text: inout String) {
        guard value >= 10_000 else {
            appendSection(Int(value), to: &text)
            return
        }
        appendSection(Int(value / 10_000), to: &text)
        text += "万"
        let rest = Int(value % 10_000)
        if rest == 0 { return }
        if rest < 1_000 { text += "零" }
        appendSection(rest, to: &text)
    }

    /// A number 1…9999 with 仟佰拾, one 零 per inner run of zeros, trailing zeros silent.
    private static func appendSection(_ value: Int, to text: inout String) {
        var pendingZero = false
        var started = false
        for position in stride(from: 3, through: 0, by: -1) {
            var power = 1
            for _ in 0..<position { power *= 10 }
            let digit = value / power % 10
            if digit == 0 {
                if started { pendingZero = true }
                continue
            }
            if pendingZero { text += "零" }
            pendingZero = false
            started = true
            text += capitalDigits[digit] + sectionUnits[position]
        }
    }
}
