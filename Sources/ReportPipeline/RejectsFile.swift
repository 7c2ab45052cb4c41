import ReportInputs
import ReportPublish

/// `rejects/<input file>`: every rejected row with its line, column and reason, then
/// the row's own fields under the file's own headers. Personal fields are masked the
/// same way as in the reports unless the run is unmasked. A row with more fields than
/// the header (an unquoted comma shifted it) cannot be trusted to line up: every field
/// from the first personal column on is masked.
enum RejectsFile {
    static let leadingHeaders = ["文件", "行号", "列", "原因类别", "原因"]

    static func render(_ report: InputFileReport, unmasked: Bool) -> [UInt8] {
        let width = max(report.headers.count, report.rejects.map(\.fields.count).max() ?? 0)
        let extra = width > report.headers.count ? (report.headers.count..<width).map { "（第\($0 + 1)列）" } : []
        var writer = CSVTableWriter(header: leadingHeaders + report.headers + extra)
        let firstPersonal = report.personalFields.keys.min() ?? Int.max
        for rejected in report.rejects {
            let shifted = rejected.fields.count > report.headers.count
            var cells: [CSVCell] = [.value(report.file), .value(String(rejected.line)),
                                    .text(rejected.reject.column ?? ""), .value(rejected.reject.kind.rawValue),
                                    .text(rejected.reject.detail)]
            for index in 0..<width {
                let field = index < rejected.fields.count ? rejected.fields[index] : ""
                let kind = shifted && index >= firstPersonal ? PersonalData.name : report.personalFields[index]
                cells.append(.text(unmasked ? field : PersonalMasking.mask(field, as: kind)))
            }
            writer.append(cells)
        }
        return writer.bytes
    }
}

/// Masking by the kind of personal data a column holds.
public enum PersonalMasking {
    public static func mask(_ value: String, as kind: PersonalData?) -> String {
        switch kind {
        case .name: PersonalDataMask.name(value)
        case .phone: PersonalDataMask.phone(value)
        case .householdID: PersonalDataMask.householdID(value)
        case nil: value
        }
    }
}
