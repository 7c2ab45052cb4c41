import Foundation
@testable import ReportPublish

/// A fresh folder under the system temporary folder, deleted by `remove()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("ReportPublishTests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Every regular file under `folder`, relative path → bytes.
    static func snapshot(_ folder: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: full)))
            }
        }
        return result
    }

    /// The names directly inside `folder`.
    static func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }
}


/// Which call of a ``FaultyFileSystem`` fails, and with which errno.
enum Fault: Sendable {
    /// The `n`th `writeFile` (1-based) fails.
    case write(Int, Int32)
    /// Every `exchange` fails.
    case exchange(Int32)
    /// The `n`th `rename` (1-based) fails.
    case rename(Int, Int32)
    /// The `n`th `makeDirectory` (1-based) fails.
    case makeDirectory(Int, Int32)
}

/// The real file system with one injected failure, counting calls.
final class FaultyFileSystem: PublishFileSystem, @unchecked Sendable {
    private let base = PosixFileSystem()
    private let faults: [Fault]
    private let lock = NSLock()
    private var writes = 0
    private var renames = 0
    private var directories = 0
    private(set) var exchanges = 0

    init(_ faults: Fault...) {
        self.faults = faults
    }

    private func counting(_ body: () -> Void) {
        lock.lock()
        body()
        lock.unlock()
    }

    func exists(_ path: String) throws -> Bool { try base.exists(path) }

    func makeDirectory(_ path: String) throws {
        var count = 0
        counting { directories += 1; count = directories }
        for case .makeDirectory(count, let code) in faults {
            throw PublishError.io(operation: .createDirectory, path: path, errno: code)
        }
        try base.makeDirectory(path)
    }

    func writeFile(_ path: String, bytes: [UInt8]) throws {
        var count = 0
        counting { writes += 1; count = writes }
        for case .write(count, let code) in faults {
            // A full disk typically fails after part of the file was written.
            try base.writeFile(path, bytes: Array(bytes.prefix(bytes.count / 2)))
            throw PublishError.io(operation: .write, path: path, errno: code)
        }
        try base.writeFile(path, bytes: bytes)
    }

    func syncDirectory(_ path: String) throws { try base.syncDirectory(path) }

    func rename(_ source: String, to destination: String) throws {
        var count = 0
        counting { renames += 1; count = renames }
        for case .rename(count, let code) in faults {
            throw PublishError.io(operation: .rename, path: source, errno: code)
        }
        try base.rename(source, to: destination)
    }

    func exchange(_ first: String, _ second: String) throws {
        counting { exchanges += 1 }
        for case .exchange(let code) in faults {
            throw PublishError.io(operation: .exchange, path: first, errno: code)
        }
        try base.exchange(first, second)
    }

    func listDirectory(_ path: String) throws -> [String] { try base.listDirectory(path) }

    func removeTree(_ path: String) throws { try base.removeTree(path) }
}
