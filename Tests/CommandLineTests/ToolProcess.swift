import Foundation
import SharedTestSupport

/// The repository, the built executable, and a way to run it as a separate process.
enum ToolProcess {
    static let repository = TestRepository.path
    static var executable: String { BuiltTool.executable }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts a process; the caller waits or kills.
    static func start(_ path: String, _ arguments: [String], environment: [String: String] = [:],
                      stderr: Pipe = Pipe(), stdout: Pipe = Pipe()) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        return process
    }

    /// Runs to completion and collects both streams.
    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let out = Pipe(), err = Pipe()
        let process = try start(path, arguments, environment: environment, stderr: err, stdout: out)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary copy of inputs and an empty reports folder.
struct Workspace {
    let root: String
    var data: String { root + "/data" }
    var reference: String { root + "/reference" }
    var out: String { root + "/reports" }

    /// Copies `dataFolder` (relative to the repository) and the shipped reference folder.
    init(dataFolder: String) throws {
        root = NSTemporaryDirectory() + "cli-\(UUID().uuidString)"
        let files = FileManager.default
        try files.createDirectory(atPath: root, withIntermediateDirectories: true)
        try files.copyItem(atPath: ToolProcess.repository + "/" + dataFolder, toPath: data)
        try files.copyItem(atPath: ToolProcess.repository + "/datasets/reference", toPath: reference)
    }

    var runArguments: [String] { ["--data", data, "--reference", reference, "--out", out] }

    /// Every file under `folder` with its bytes.
    func snapshot(_ folder: String) -> [String: Data] { FolderSnapshot.files(folder) }

    func entries(_ folder: String) -> [String] { FolderSnapshot.entries(folder) }

    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }
}

/// Reads a pipe until `marker` appears (or the deadline passes).
func waitFor(_ marker: String, in pipe: Pipe, seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    var seen = ""
    let handle = pipe.fileHandleForReading
    while Date() < deadline {
        let chunk = handle.availableData
        if chunk.isEmpty { return seen.contains(marker) }
        seen += String(decoding: chunk, as: UTF8.self)
        if seen.contains(marker) { return true }
    }
    return false
}
