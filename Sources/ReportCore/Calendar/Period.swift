/// A reporting period (SPEC §3): a month `2018-10`, a quarter `2018-Q4`, a half-year
/// `2018-H2` or a year `2018`, bounded by whole calendar days.
///
/// The canonical text (`description`) is also the name of the period's report folder, so
/// `init?(_:)` accepts exactly the canonical forms and nothing that could be a path.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The length of a period.
    public enum Kind: Hashable, Sendable, CaseIterable {
        /// A calendar month: `2018-10`.
        case month
        /// A calendar quarter: `2018-Q4` (October–December).
        case quarter
        /// A half-year: `2018-H2` (July–December).
        case halfYear
        /// A calendar year: `2018`.
        case year

        /// How many of this kind make a year: 12, 4, 2, 1.
        public var perYear: Int {
            switch self {
            case .month: return 12
            case .quarter: return 4
            case .halfYear: return 2
            case .year: return 1
            }
        }

        /// Months in one period of this kind: 1, 3, 6, 12.
        public var monthCount: Int { 12 / perYear }
    }

    /// The years a period's text may name: those of dates the tool reads
    /// (`ValueParser.yearRange`, 1900–2100). Periods built in code, such as the `previous` of
    /// `1900-01`, may lie in any year `Day` supports (1–9999).
    public static var yearRange: ClosedRange<Int> { ValueParser.yearRange }

    /// The length of the period.
    public let kind: Kind
    /// The calendar year.
    public let year: Int
    /// The position within the year, from 1: the month (1–12), quarter (1–4) or half (1–2);
    /// 1 for a year.
    public let index: Int

    /// The period of `kind` numbered `index` within `year`, or nil when `index` is outside
    /// 1...`kind.perYear` or `year` is outside 1...9999.
    public init?(kind: Kind, year: Int, index: Int) {
        guard (1...9999).contains(year), (1...kind.perYear).contains(index) else { return nil }
        self.kind = kind
        self.year = year
        self.index = index
    }

    /// The period of `kind` that contains `day` (whose year must be in 1...9999, as for any
    /// `Day` built from a date).
    public init(kind: Kind, containing day: Day) {
        let (year, month, _) = day.components
        precondition((1...9999).contains(year), "Period year \(year) outside 1...9999")
        self.kind = kind
        self.year = year
        self.index = (month - 1) / kind.monthCount + 1
    }

    /// Parses the canonical text: `2018-10` (two-digit month), `2018-Q4`, `2018-H2` or `2018`,
    /// with a four-digit year in `yearRange`. Everything else is nil: `2018-1`, `2018-13`,
    /// `2018-Q5`, `2018-q4`, ` 2018`, `../../etc`.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        func digit(_ i: Int) -> Int? {
            i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 ? Int(bytes[i] - 0x30) : nil
        }
        guard bytes.count == 4 || bytes.count == 7,
              let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3) else { return nil }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
        guard Period.yearRange.contains(year) else { return nil }
        if bytes.count == 4 {
            self.init(kind: .year, year: year, index: 1)
            return
        }
        guard bytes[4] == UInt8(ascii: "-"), let last = digit(6) else { return nil }
        switch bytes[5] {
        case UInt8(ascii: "Q"): self.init(kind: .quarter, year: year, index: last)
        case UInt8(ascii: "H"): self.init(kind: .halfYear, year: year, index: last)
        default:
            guard let tens = digit(5) else { return nil }
            self.init(kind: .month, year: year, index: tens * 10 + last)
        }
    }

    /// The first month of the period (1–12).
    private var firstMonth: Int { (index - 1) * kind.monthCount + 1 }
    /// The last month of the period (1–12).
    private var lastMonth: Int { index * kind.monthCount }

    /// The first day of the period.
    public var first: Day { Day(year: year, month: firstMonth, day: 1)! }

    /// The last day of the period, inclusive ("as of period end" includes it).
    public var last: Day {
        Day(year: year, month: lastMonth, day: Day.daysInMonth(year: year, month: lastMonth))!
    }

    /// True when `day` falls within the period, both ends included.
    public func contains(_ day: Day) -> Bool {
        first <= day && day <= last
    }

    /// The canonical text and report folder name: `2018-10`, `2018-Q4`, `2018-H2`, `2018`.
    public var description: String {
        switch kind {
        case .month: return "\(year)-\(index < 10 ? "0" : "")\(index)"
        case .quarter: return "\(year)-Q\(index)"
        case .halfYear: return "\(year)-H\(index)"
        case .year: return "\(year)"
        }
    }

    /// The name used in the Chinese summary: `2018年10月`, `2018年第四季度`, `2018年下半年`, `2018年`.
    public var chineseName: String {
        switch kind {
        case .month: return "\(year)年\(index)月"
        case .quarter: return "\(year)年第\(["一", "二", "三", "四"][index - 1])季度"
        case .halfYear: return "\(year)年\(index == 1 ? "上" : "下")半年"
        case .year: return "\(year)年"
        }
    }

    /// The period of the same kind just before this one (2018-01 → 2017-12,
    /// 2018-Q1 → 2017-Q4, 2018-H1 → 2017-H2, 2018 → 2017), for rank changes.
    /// The period before year 1 is a programming error.
    public var previous: Period {
        let result = index > 1
            ? Period(kind: kind, year: year, index: index - 1)
            : Period(kind: kind, year: year - 1, index: kind.perYear)
        guard let result else { preconditionFailure("no period before \(self)") }
        return result
    }

    /// The months the period spans, in order (a month spans itself).
    public var months: [Period] {
        (firstMonth...lastMonth).map { Period(kind: .month, year: year, index: $0)! }
    }
}
