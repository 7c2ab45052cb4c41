import Foundation

/// Where an export's rows are: one file (`coal_deliveries.csv`), or a folder named after
/// the export (`coal_deliveries/`) holding one CSV per township or month, each with its
/// own header and encoding.
///
/// A folder's files are read in name order (byte order of the UTF-8 names, so
/// `01-…`, `02-…` sort as written); files whose names start with `.` or `~$` (Excel's lock
/// files) and files not ending in `.csv` are not read. Line numbers, rejects and the
/// manifest name each file; the duplicate rules apply across the files, in that order.
public struct ExportSource: Sendable, Equatable {
    /// One file to read: its path and its name in messages (`coal_deliveries/01.csv`).
    public struct File: Sendable, Equatable {
        public let path: String
        public let name: String
    }

    /// The export's name (`coal_deliveries.csv`).
    public let export: String
    /// The files, in reading order; one for a plain export.
    public let files: [File]
    /// True when the export is a folder.
    public let isFolder: Bool

    /// The source of `export` in `directory`: the file when it exists, else the folder named
    /// after it when that exists, else the (missing) file, so the read names it. A folder
    /// holding no CSV file reads as that missing file too, with a message naming the folder.
    public static func locate(_ export: String, in directory: String) throws(ExportSourceError) -> ExportSource {
        let filePath = directory + "/" + export
        let folderName = export.hasSuffix(".csv") ? String(export.dropLast(4)) : export
        let folderPath = directory + "/" + folderName
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let folderExists = manager.fileExists(atPath: folderPath, isDirectory: &isDirectory) && isDirectory.boolValue
        if !manager.fileExists(atPath: filePath) && !folderExists && !manager.fileExists(atPath: directory) {
            let shown = directory.hasPrefix("/") ? directory : manager.currentDirectoryPath + "/" + directory
            throw ExportSourceError(message: "数据文件夹 \(shown)/ 不存在（查找 \(export) 时；用 --data 指定导出所在的文件夹）")
        }
        if manager.fileExists(atPath: filePath) || !folderExists {
            if manager.fileExists(atPath: filePath) && folderExists {
                throw ExportSourceError(message: "\(export) 与文件夹 \(folderName)/ 同时存在：请只保留一种，以免重复计数")
            }
            return ExportSource(export: export, files: [File(path: filePath, name: export)], isFolder: false)
        }
        let names = ((try? manager.contentsOfDirectory(atPath: folderPath)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") && $0.lowercased().hasSuffix(".csv") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        if names.isEmpty {
            throw ExportSourceError(message: "文件夹 \(folderPath)/ 中没有 .csv 文件（\(export) 可以是一个文件，或以它命名的文件夹）")
        }
        return ExportSource(export: export, files: names.map { File(path: folderPath + "/" + $0, name: folderName + "/" + $0) },
                            isFolder: true)
    }
}

/// An export that cannot be located unambiguously.
public struct ExportSourceError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
