import ReportCore
import ReportPublish

/// How the coal reports write figures, the same way in CSV and Markdown so that every
/// number in the summary matches its CSV file character for character.
enum CoalFormat {
    /// Tons with three decimals: 1500 → `1.500`.
    static func tons(_ kilograms: Int64) -> String { Kilograms.formatTons(kilograms) }

    /// Yuan with two decimals: 18000 → `180.00`.
    static func yuan(_ fen: Int64) -> String { Fen.format(fen) }

    /// 大写 per the People's Bank rules.
    static func capital(_ fen: Int64) -> String { Fen.chineseCapital(fen) }

    /// A rate as a percentage with one decimal, "" when its denominator is 0.
    static func percent(_ rate: Rate) -> String { rate.percentText }

    /// Tenths as one decimal (`-12.5`), "" for nil.
    static func tenths(_ tenths: Int?) -> String { tenths.map(Rate.formatTenths) ?? "" }

    /// A quality figure given in thousandths, with at least two decimals and a third only
    /// when needed: 620 → `0.62`, 16000 → `16.00`, 12345 → `12.345`.
    static func figure(_ thousandths: Int64) -> String {
        let text = scaled(thousandths)
        return text.hasSuffix("0") ? String(text.dropLast()) : text
    }

    /// A limit given in thousandths, without trailing zeros: 500 → `0.5`, 16000 → `16`.
    static func limit(_ thousandths: Int64) -> String {
        var text = scaled(thousandths)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func scaled(_ thousandths: Int64) -> String {
        let magnitude = thousandths.magnitude
        let fraction = String(magnitude % 1000)
        return (thousandths < 0 ? "-" : "") + "\(magnitude / 1000)."
            + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// A failed figure as `全硫 0.62% > 0.5%` or `发热量 23.5 MJ/kg < 24 MJ/kg`.
    static func finding(_ finding: QualityFinding) -> String {
        let value = limit(finding.value), bound = limit(finding.limit)
        switch finding.figure {
        case .sulfur: return "全硫 \(value)% > \(bound)%"
        case .ash: return "灰分 \(value)% > \(bound)%"
        case .volatile: return "挥发分 \(value)% > \(bound)%"
        case .heat: return "发热量 \(value) MJ/kg < \(bound) MJ/kg"
        case .moisture: return "全水分 \(value)% > \(bound)%"
        }
    }

    /// Items joined the way Chinese lists are: `a、b、c`.
    static func list(_ items: [String]) -> String { items.joined(separator: "、") }

    /// The values in first-seen order without repeats (lists here are a handful of items).
    static func distinct(_ values: [String]) -> [String] {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen
    }
}

/// Masks personal data unless the run is `--unmasked`.
struct PersonalMask {
    let unmasked: Bool

    func household(_ id: String) -> String { unmasked ? id : PersonalDataMask.householdID(id) }
    func name(_ name: String) -> String { unmasked ? name : PersonalDataMask.name(name) }
    func phone(_ phone: String) -> String { unmasked ? phone : PersonalDataMask.phone(phone) }
}
