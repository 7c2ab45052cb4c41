import ReportCore
import ReportInputs

/// One counted coal delivery, reduced to what the reports need: ids instead of strings,
/// except the 登记编号 that anomalies name.
struct DeliveryEntry: Sendable {
    let recordID: String
    let line: Int32
    let day: Day
    let household: Int32
    /// Position in the township directory.
    let township: Int32
    let village: Int32
    let company: Int32
    let batch: Int32
    /// -1 when the row gives no phone number.
    let phone: Int32
    let kilograms: Int64
    let amountFen: Int64?
    let inPeriod: Bool
}

/// One counted stove installation, reduced like `DeliveryEntry`.
struct InstallEntry: Sendable {
    let recordID: String
    let line: Int32
    let day: Day
    let household: Int32
    let township: Int32
    let village: Int32
    let company: Int32
    let model: Int32
    let phone: Int32
    let count: Int
    let amountFen: Int64?
    let inPeriod: Bool
}

/// One batch sample dated up to the period end.
struct SampleEntry: Sendable {
    let sample: CoalQualitySample
    let line: Int
    let batch: Int32
}

/// Row-level checks that need no other row.
enum RowChecks {
    /// True when |amount − tons × unit price| exceeds the tolerance, in exact integers:
    /// `amountFen × 1000` against `kg × fen per ton`. Rows missing either figure are not
    /// checked.
    static func coalAmountMismatch(kilograms: Int64, unitPriceFen: Int64?, amountFen: Int64?,
                                   toleranceFen: Int64) -> Bool {
        guard let unitPriceFen, let amountFen else { return false }
        let (expected, o1) = kilograms.multipliedReportingOverflow(by: unitPriceFen)
        let (stated, o2) = amountFen.multipliedReportingOverflow(by: 1000)
        let (tolerance, o3) = toleranceFen.multipliedReportingOverflow(by: 1000)
        if o1 || o2 || o3 { return true }
        return (stated - expected).magnitude > tolerance.magnitude
    }

    /// True when |amount − count × unit price| exceeds the tolerance (all in fen).
    static func stoveAmountMismatch(count: Int, unitPriceFen: Int64?, amountFen: Int64?, toleranceFen: Int64) -> Bool {
        guard let unitPriceFen, let amountFen else { return false }
        let (expected, overflow) = Int64(count).multipliedReportingOverflow(by: unitPriceFen)
        if overflow { return true }
        return (amountFen - expected).magnitude > toleranceFen.magnitude
    }

    /// The phone number as digits only (full-width digits folded, spaces, dashes and a
    /// `+86`/`0086` prefix dropped), so that one number written two ways is one number;
    /// "" when it has no digits.
    static func phoneKey(_ phone: String) -> String {
        var digits: [UInt8] = []
        for scalar in phone.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: digits.append(UInt8(scalar.value))
            case 0xFF10...0xFF19: digits.append(UInt8(scalar.value - 0xFF10 + 0x30))
            default: continue
            }
        }
        if digits.count == 13, digits.starts(with: Array("86".utf8)) { digits.removeFirst(2) }
        if digits.count == 15, digits.starts(with: Array("0086".utf8)) { digits.removeFirst(4) }
        return String(decoding: digits, as: UTF8.self)
    }
}
