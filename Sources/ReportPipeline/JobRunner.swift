import ReportCore
import ReportInputs
import ReportPublish

/// One job of a run: it reads its exports (streaming, row by row) and then renders its
/// reports. Reading and rendering are separate so that a run whose inputs fail
/// validation never computes or writes anything.
protocol JobRunner {
    var name: JobName { get }
    /// Reads the job's exports through `reading`, accumulating as rows arrive.
    mutating func readInputs(_ reading: inout ExportReading) throws
    /// Computes and renders the job's reports.
    func render(unmasked: Bool) throws(RunFailure) -> JobOutput
}

/// The export schemas by file name.
enum ExportFiles {
    static let all = ["coal_deliveries.csv", "stove_installs.csv", "coal_quality.csv",
                      "food_inspections.csv", "service_tickets.csv"]

    /// Reads one export by name with no consumer (validation only).
    static func read(_ file: String, into reading: inout ExportReading) throws {
        switch file {
        case CoalDeliveryFile.fileName: try reading.read(CoalDeliveryFile.self)
        case StoveInstallFile.fileName: try reading.read(StoveInstallFile.self)
        case CoalQualityFile.fileName: try reading.read(CoalQualityFile.self)
        case FoodInspectionFile.fileName: try reading.read(FoodInspectionFile.self)
        case ServiceTicketFile.fileName: try reading.read(ServiceTicketFile.self)
        default: preconditionFailure("unknown export \(file)")
        }
    }
}
