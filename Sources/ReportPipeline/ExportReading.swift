import ReportCore
import ReportInputs

/// Reads the exports of a run, one file at a time, and keeps what each one found.
///
/// A file that cannot be used is recorded, not thrown, so that `validate` and a
/// failed `run` can report every broken file at once.
public struct ExportReading {
    public let dataDirectory: String
    public let context: ExportContext
    /// Reports of the files read, in reading order (partial ones for failed files).
    public private(set) var reports: [InputFileReport] = []
    /// Files that could not be used.
    public private(set) var failures: [InputFileError] = []

    public init(dataDirectory: String, context: ExportContext) {
        self.dataDirectory = dataDirectory
        self.context = context
    }

    /// Reads `S.fileName` from the data folder, handing every accepted row to `onRow`.
    public mutating func read<S: InputSchema>(_ schema: S.Type,
                                              onRow: (S.Row, Int) throws -> RowReject? = { _, _ in nil }) throws
    where S.Context == ExportContext {
        let path = dataDirectory + "/" + S.fileName
        do {
            reports.append(try InputTable<S>.read(path: path, name: S.fileName, context: context, onRow: onRow))
        } catch let error as InputFileError {
            reports.append(error.partial)
            failures.append(error)
        }
    }

    /// Why `run` must refuse these inputs, one line per problem: files that could not
    /// be used, and files whose share of rejected rows is above `maxRejectRate`
    /// (tenths of a percent). Empty when the inputs are usable.
    public func problems(maxRejectRate maxRate: Int) -> [String] {
        failures.map(\.description) + reports
            .filter { $0.rowsRead > 0 && $0.rowsRejected * 1000 > maxRate * $0.rowsRead }
            .map { report in
                "\(report.file): 拒收 \(report.rowsRejected)/\(report.rowsRead) 行"
                    + "（\(Rate(numerator: report.rowsRejected, denominator: report.rowsRead).percentText)%），"
                    + "超过上限 \(Rate.formatTenths(maxRate))%；明细见 rejects/\(report.file)"
            }
    }
}
