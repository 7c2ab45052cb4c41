import ReportInputs
import ReportPublish

/// `rejects/<input file>`: every rejected row with its line, column and reason, then
/// the row's own fields under the file's own headers. Personal fields are masked the
/// same way as in the reports unless the run is unmasked. A row whose field count differs
/// from the header's (an unquoted comma, a missing field) cannot be trusted to line up:
/// every field from where a personal value may have shifted to is masked, and the reason
/// text, which may quote such a value, is replaced by a neutral one. Rows past the budget
/// of listed rejects (`RejectBudget`) are summed up in one last line, by reason.
enum RejectsFile {
    static let leadingHeaders = ["文件", "行号", "列", "原因类别", "原因"]
    static let listedMegabytes = RejectBudget().listedBytes >> 20

    static func render(_ report: InputFileReport, unmasked: Bool) -> [UInt8] {
        let width = max(report.headers.count, report.rejects.map(\.fields.count).max() ?? 0)
        let extra = width > report.headers.count ? (report.headers.count..<width).map { "（第\($0 + 1)列）" } : []
        var writer = CSVTableWriter(header: leadingHeaders + report.headers + extra)
        for rejected in report.rejects {
            let count = rejected.fields.count, expected = report.headers.count
            let shifted = count != expected
            let fields = unmasked ? rejected.fields
                : PersonalMasking.mask(record: rejected.fields, personal: report.personalFields, headerCount: expected)
            var detail = rejected.reject.detail
            if shifted && !unmasked && rejected.reject.kind != .extraFields {
                detail = "该行有 \(count) 个字段，表头 \(expected) 列，各列可能错位；原因中的取值已略去"
            }
            var cells: [CSVCell] = [.value(report.file), .value(String(rejected.line)),
                                    .text(rejected.reject.column ?? ""), .value(rejected.reject.kind.rawValue),
                                    .text(detail)]
            for index in 0..<width { cells.append(.text(index < count ? fields[index] : "")) }
            writer.append(cells)
        }
        let unlisted = report.unlistedRejects
        if unlisted.count > 0 {
            let reasons = unlisted.byKind.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value) 行" }
            let note = "另有 \(unlisted.count) 行拒收未逐行列出（明细已达每个文件 \(listedMegabytes) MB 的上限）："
                + reasons.joined(separator: "、")
            writer.append([.value(report.file), .text(""), .text(""), .text(""), .text(note)]
                          + Array(repeating: .text(""), count: width))
        }
        return writer.bytes
    }
}

/// Masking by the kind of personal data a column holds.
public enum PersonalMasking {
    /// `value` masked as `kind` says; unchanged when the column holds no personal data.
    public static func mask(_ value: String, as kind: PersonalData?) -> String {
        switch kind {
        case .name: PersonalDataMask.name(value)
        case .phone: PersonalDataMask.phone(value)
        case .householdID: PersonalDataMask.householdID(value)
        case nil: value
        }
    }

    /// A record's fields with its personal fields masked. `personal` gives the kind of each
    /// personal field by position under a header of `headerCount` columns. A record with
    /// another field count cannot be trusted to line up: every field from where a personal
    /// value may have shifted to is masked as a name.
    public static func mask(record fields: [String], personal: [Int: PersonalData], headerCount: Int) -> [String] {
        let firstPersonal = personal.keys.min() ?? Int.max
        // Fields move left by the number missing, right by the number extra.
        let maskFrom = fields.count != headerCount ? max(0, firstPersonal - max(0, headerCount - fields.count)) : Int.max
        return fields.enumerated().map { index, field in
            mask(field, as: index >= maskFrom ? PersonalData.name : personal[index])
        }
    }
}
