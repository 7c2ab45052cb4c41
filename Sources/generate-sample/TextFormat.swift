import ReportCore

/// The ways the exports write a date (SPEC §2 lists all four as accepted input).
enum DateStyle: String, CaseIterable {
    case iso = "2018-09-28"
    case slash = "2018/9/28"
    case dot = "2018.9.28"
    case chinese = "2018年9月28日"
}

/// String formatting for the slow path (injected and varied cells). The hot path writes
/// bytes directly through `CSVWriter`; these build the same text as `String`s, with no
/// Foundation, `String(format:)` or floating point.
enum Format {
    /// `value` with at least `width` digits.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `value / 10^scale` with `scale` decimals; trailing zeros (and a bare point) dropped when `trim`.
    static func fixed(_ value: Int, scale: Int, trim: Bool = false) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value < 0 ? -value : value
        guard scale > 0 else { return sign + String(magnitude) }
        var unit = 1
        for _ in 0..<scale { unit *= 10 }
        var fraction = padded(magnitude % unit, width: scale)
        if trim {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        return sign + String(magnitude / unit) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Like `fixed`, with thousands separators in the integer part (`1,275.00`).
    static func grouped(_ value: Int, scale: Int) -> String {
        let plain = fixed(value, scale: scale)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        let joined = groups.joined(separator: ",")
        return (negative ? "-" : "") + joined + (parts.count > 1 ? "." + parts[1] : "")
    }

    static func date(_ d: Day, _ style: DateStyle) -> String {
        let (y, m, dd) = d.components
        switch style {
        case .iso: return "\(y)-\(padded(m, width: 2))-\(padded(dd, width: 2))"
        case .slash: return "\(y)/\(m)/\(dd)"
        case .dot: return "\(y).\(m).\(dd)"
        case .chinese: return "\(y)年\(m)月\(dd)日"
        }
    }

    /// `09:30` (or `09:30:00`) for a minute of the day.
    static func time(_ minute: Int, seconds: Bool = false) -> String {
        "\(padded(minute / 60, width: 2)):\(padded(minute % 60, width: 2))" + (seconds ? ":00" : "")
    }

    /// ASCII digits (and `.`) replaced by their full-width forms: `850` → `８５０`.
    static func fullWidth(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { scalar in
            if (0x30...0x39).contains(scalar.value) || scalar.value == 0x2E {
                return Unicode.Scalar(scalar.value + 0xFEE0)!
            }
            return scalar
        }))
    }
}
