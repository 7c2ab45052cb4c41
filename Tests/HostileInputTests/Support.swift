import CSVReader
import Foundation
import ReportInputs
import SharedTestSupport

/// The repository, the built `township-reports`, and running it as a separate process,
/// its output going to files (a killed run must not block on a pipe).
enum Tool {
    static let repository = TestRepository.path
    static var executable: String { BuiltTool.executable }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The first line of stderr (the one-line reason of a failure).
        var reason: String { String(stderr.split(separator: "\n", omittingEmptySubsequences: false).first ?? "") }
    }

    /// Starts a process; the caller waits or kills. Output goes to files, never to a pipe
    /// nobody reads (a killed run must not block on a full pipe).
    static func start(_ path: String, _ arguments: [String], environment: [String: String] = [:],
                      output: String? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let output {
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// Runs to completion and collects both streams.
    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let out = Pipe(), err = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so that neither can fill up and block the child.
        let errorData = LockedData()
        let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = errorData.wait()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `township-reports <arguments>`.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        try run(executable, arguments, environment: environment)
    }
}

/// Data handed from a reader thread.
final class LockedData: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock()
        data = value
        condition.signal()
        condition.unlock()
    }

    func wait() -> Data {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return data!
    }
}

/// A throw-away folder with a reference copy, a data folder and a reports folder.
struct Scratch {
    let root: String
    var data: String { root + "/data" }
    var reference: String { root + "/reference" }
    var out: String { root + "/reports" }

    /// The five exports of a tiny valid data set, all dated in late December 2018 (so no
    /// export is stale for 2018-12) and all using values of the shipped reference data.
    static let miniExports: [String: String] = [
        "coal_quality.csv": """
            batch,supplier,coal_type,date,sulfur,ash,volatile,heat,moisture
            LT-20181201-01,淄博鲁泰洁净煤有限公司,洁净型煤,2018-12-01,0.31,10.48,5.66,28.08,

            """,
        "coal_deliveries.csv": """
            登记编号,镇街,村居,户号,购买人,联系电话,煤炭品种,批号,购买数量(吨),购买单价(元),总金额(元),配送企业,配送人,配送日期
            MJ-0001,博山镇,郭庄村,3703040101033,张传福,18918636084,洁净型煤,LT-20181201-01,1.5,820,1230.00,淄博鲁泰洁净煤有限公司,崔洪亮,2018-12-28

            """,
        "stove_installs.csv": """
            登记编号,镇街,村居,户号,购买人,联系电话,炉具型号,购买数量(台),购买单价(元),总金额(元),配送企业,安装人,安装日期
            LJ-0001,博山镇,五福峪村,3703040108105,吴成刚,17701241305,LZ-9 民用解耦燃烧炉,1,1980,1980.00,淄博金炉节能设备有限公司,孙庆华,2018-12-28

            """,
        "food_inspections.csv": """
            检查编号,主体编号,镇街,检查方式,检查日期,抽检结果,不合格项目,处置状态,处置日期,信息公布,量化等级
            JC-0001,SP3703040101,博山镇,日常检查,2018-12-28,,,,,,

            """,
        "service_tickets.csv": """
            办件编号,受理大厅,镇街,部门,事项编码,办理渠道,受理时间,办结时间,办理环节数,跑动次数,评价,等候时长(分钟)
            BS-0001,区政务服务中心,博山镇,区市场监管局,SJ-SCJG-001,窗口,2018-12-27 09:00,2018-12-28 10:00,3,1,满意,10

            """,
    ]

    enum DataSet {
        /// `miniExports`.
        case mini
        /// `datasets/sample`, whole.
        case sample
        /// The first `lines` physical lines of each export of `datasets/sample` (cut on the
        /// raw bytes, so the GB18030 file stays GB18030).
        case sampleHead(lines: Int)
    }

    init(_ dataSet: DataSet = .mini) throws {
        root = NSTemporaryDirectory() + "hostile-\(UUID().uuidString)"
        let files = FileManager.default
        try files.createDirectory(atPath: data, withIntermediateDirectories: true)
        try files.copyItem(atPath: Tool.repository + "/datasets/reference", toPath: reference)
        switch dataSet {
        case .mini:
            for (name, text) in Self.miniExports { try write("data/" + name, text) }
        case .sample:
            for name in Self.exportNames {
                try files.copyItem(atPath: Tool.repository + "/datasets/sample/" + name, toPath: data + "/" + name)
            }
        case .sampleHead(let lines):
            for name in Self.exportNames {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Tool.repository + "/datasets/sample/" + name)))
                var newlines = 0
                let end = bytes.firstIndex { byte in
                    if byte == 0x0A { newlines += 1 }
                    return newlines == lines
                }.map { $0 + 1 } ?? bytes.count
                try write("data/" + name, bytes: Array(bytes[..<end]))
            }
        }
    }

    static let exportNames = ["coal_deliveries.csv", "stove_installs.csv", "coal_quality.csv",
                              "food_inspections.csv", "service_tickets.csv"]

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path(relative)))
    }

    func append(_ relative: String, bytes: [UInt8]) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path(relative)))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
    }

    func read(_ relative: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }

    /// `--data … --reference … --out …` for this folder.
    var arguments: [String] { ["--data", data, "--reference", reference, "--out", out] }

    /// `township-reports run --period 2018-12` on this folder, plus `extra`.
    func run(_ extra: [String] = [], period: String = "2018-12", environment: [String: String] = [:]) throws -> Tool.Output {
        try Tool.run(["run", "--period", period] + arguments + extra, environment: environment)
    }

    /// The export context of the shipped reference data and policy.
    static func context() throws -> ExportContext {
        let reference = try ReferenceData.load(directory: Tool.repository + "/datasets/reference")
        return ExportContext(reference: reference, policy: try BuiltInPolicy.load())
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }
}

/// Every regular file under `folder` (recursively, hidden ones included), by relative path.
func snapshot(_ folder: String) -> [String: Data] { FolderSnapshot.files(folder) }

/// The names in a folder, sorted (empty when it does not exist).
func entries(_ folder: String) -> [String] { FolderSnapshot.entries(folder) }


/// Runs `script` with `sh` in a private mount namespace (`unshare -m`), where it may mount
/// a small tmpfs or a read-only bind mount that no other process sees and that vanishes
/// with the shell. Arguments are `$1`, `$2`, ….
enum PrivateMount {
    static func run(_ script: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws -> Tool.Output {
        try Tool.run("/usr/bin/unshare", ["--mount", "--propagation", "private", "/bin/sh", "-c", script, "sh"] + arguments,
                     environment: environment)
    }

    /// Whether this machine lets the tests mount (root, or a user namespace with mount rights).
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let folder = NSTemporaryDirectory() + "mount-probe-\(UUID().uuidString)"
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else {
            return false
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let probe = try? run(#"mount -t tmpfs -o size=64k hostile-probe "$1" && mount -o remount,ro "$1""#, [folder])
        return probe?.status == 0
    }()
}

/// Rows of a CSV file as the tool's reader reads them (BOM dropped, either encoding).
func csvRows(_ path: String) throws -> [[String]] {
    var options = CSVReader.Options()
    options.preserveSpaces = true
    var rows: [[String]] = []
    try CSVReader(path: path, options: options).forEachRecord { rows.append($0.strings) }
    return rows
}
