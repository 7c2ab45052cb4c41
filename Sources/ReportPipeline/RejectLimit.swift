import ReportCore
import ReportInputs

/// The share of rejected rows an export may have (policy `run.max_reject_rate_percent`,
/// or `--max-reject-rate`), and the message when an export goes over it.
struct RejectLimit {
    /// The limit in tenths of a percent: 50 is 5.0%.
    let tenthsOfPercent: Int

    /// True when `rejected` of `read` rows is strictly above the limit.
    func isExceeded(rejected: Int, read: Int) -> Bool {
        read > 0 && rejected * 1000 > tenthsOfPercent * read
    }

    /// The most rows a file of `read` rows may reject and stay within the limit.
    func allowance(read: Int) -> Int { tenthsOfPercent * read / 1000 }

    /// `rejected / read` in percent, cut (not rounded) to the fewest decimals, from one to
    /// six, at which it reads above the limit: 21 of 20 000 against 0.1% is `0.105`, never
    /// a rounded `0.1` that would contradict "above 0.1%".
    func rateText(rejected: Int, read: Int) -> String {
        var digits = 1
        var scale: Int64 = 10
        while true {
            let shown = Int64(rejected) * 100 * scale / Int64(read)
            let limit = Int64(tenthsOfPercent) * scale / 10
            if shown > limit || digits == 6 { return scaledDecimalText(shown, fractionDigits: digits) }
            digits += 1
            scale *= 10
        }
    }

    /// `coal_deliveries.csv: 拒收 21/20000 行（0.105%），超过上限 0.1%（最多可拒收 20 行）；明细见 …`.
    /// - Parameter rejectsPath: where the export's rejects file was written, or nil when
    ///   none is written (`validate`).
    func message(export: String, rejected: Int, read: Int, rejectsPath: String?) -> String {
        let rate = rateText(rejected: rejected, read: read)
        let limit = Rate.formatTenths(tenthsOfPercent)
        let pointer = rejectsPath.map { "；明细见 \($0)" } ?? "；run 失败时明细写入 <out>/.failed/<期间>/rejects/"
        return "\(export): 拒收 \(rejected)/\(read) 行（\(rate)%），超过上限 \(limit)%"
            + "（\(read) 行中最多可拒收 \(allowance(read: read)) 行）" + pointer
    }
}
