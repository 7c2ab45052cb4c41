// csv-count FILE: the project's reader alone (libcsv, encoding detection, line
// tracking, record assembly) counting records and fields — the benchmark's measure of
// "parsing alone" against the libcsv count-only ceiling. Not part of the reports.
import CSVReader
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: csv-count FILE\n".utf8))
    exit(2)
}
var records = 0
var fields = 0
do {
    try CSVReader(path: arguments[1]).forEachRecord { record in
        records += 1
        fields += record.count
    }
    print("\(records) records \(fields) fields")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
