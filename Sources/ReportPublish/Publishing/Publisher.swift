#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishes a ``ReportBundle`` as `<out>/<name>/` so that readers see either the whole
/// previous folder or the whole new one, never a mix and never a half-written file.
///
/// Steps of ``publish(_:name:into:)``:
/// 1. write every file into a fresh `<out>/.staging-<name>-<pid>/`, fsyncing each
///    file and then every folder; on any failure the staging folder is deleted and
///    the error rethrown, so `<out>/<name>` is untouched, byte for byte;
/// 2. if `<out>/<name>` exists, exchange it atomically with the staging folder
///    (`renameat2(RENAME_EXCHANGE)`), then delete the old contents, which are now at
///    the staging path; otherwise `rename(2)` the staging folder into place;
/// 3. fsync `<out>`.
///
/// Where RENAME_EXCHANGE is not available (`EINVAL`, `ENOSYS` or `EOPNOTSUPP`: some
/// network and FUSE file systems, macOS), it falls back to two renames:
/// `<out>/<name>` → `<out>/.previous-<name>-<pid>`, then staging → `<out>/<name>`.
/// Between the two renames (microseconds) `<out>/<name>` does not exist; if the second
/// rename fails the first is undone, and if the process is killed in between,
/// ``removeStaleStaging(in:)`` puts the previous folder back on the next run.
///
/// Call all of this while holding the ``RunLock`` of `<out>`.
public struct Publisher: Sendable {
    /// The folder inside `<out>` that holds failed runs' manifests and rejects.
    public static let failedFolderName = ".failed"
    static let stagingPrefix = ".staging-"
    static let previousPrefix = ".previous-"

    let fileSystem: any PublishFileSystem
    let processID: Int32
    /// Called with the staging folder once it is complete, just before it replaces the
    /// published folder. Tests use it to stop or kill a run at the worst moment.
    public var beforeReplace: (@Sendable (_ staging: String) -> Void)?

    /// A publisher working on the real file system.
    /// - Parameter privateData: the bundle holds personal data in clear (`--unmasked`):
    ///   files are written 0600 and folders 0700 (`ReportFileModes`).
    public init(privateData: Bool = false) {
        self.init(fileSystem: PosixFileSystem(modes: ReportFileModes(privateData: privateData)))
    }

    /// A publisher on an injected file system (tests use it to make calls fail).
    init(fileSystem: any PublishFileSystem, processID: Int32 = getpid()) {
        self.fileSystem = fileSystem
        self.processID = processID
    }

    /// Atomically replaces (or creates) `<outputDirectory>/<name>/` with exactly the
    /// files of `bundle`, creating `outputDirectory` if needed.
    ///
    /// - Returns: the path of the published folder.
    /// - Throws: ``PublishError/invalidName(_:)`` for a bad `name`,
    ///   ``PublishError/io(operation:path:errno:)`` when a system call fails; unless the
    ///   error comes from the final fsync of `outputDirectory`, the previous folder is
    ///   then unchanged.
    @discardableResult
    public func publish(_ bundle: ReportBundle, name: String, into outputDirectory: String) throws -> String {
        try publishAtomically(bundle, name: name, parent: Self.trimmed(outputDirectory))
    }

    /// Publishes a failed run's diagnostics (manifest, rejects) to
    /// `<outputDirectory>/.failed/<name>/`, the same atomic way; the published reports
    /// in `<outputDirectory>/<name>/` are not touched.
    ///
    /// - Returns: the path of the published folder.
    @discardableResult
    public func publishFailed(_ bundle: ReportBundle, name: String, into outputDirectory: String) throws -> String {
        let parent = Self.trimmed(outputDirectory) + "/" + Self.failedFolderName
        return try publishAtomically(bundle, name: name, parent: parent)
    }

    /// `<outputDirectory>/.failed/<name>`: where `publishFailed` puts a failed run's files.
    public static func failedFolder(name: String, in outputDirectory: String) -> String {
        trimmed(outputDirectory) + "/" + failedFolderName + "/" + name
    }

    /// Removes `<outputDirectory>/.failed/<name>/`, an earlier failed run's diagnostics,
    /// once `<name>` has been published: they describe a failure that no longer holds.
    /// Best effort: a folder that cannot be removed stays.
    public func clearFailed(name: String, in outputDirectory: String) {
        guard (try? Self.validate(name: name)) != nil else { return }
        try? fileSystem.removeTree(Self.failedFolder(name: name, in: outputDirectory))
    }

    /// Checks a report folder name (a period such as `2018-12`): it must be non-empty,
    /// contain neither `/` nor NUL nor `..`, and not start with `.`, so that
    /// `--period ../../etc` cannot leave the output folder.
    public static func validate(name: String) throws {
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/"), !name.contains(".."),
              !name.utf8.contains(0) else {
            throw PublishError.invalidName(name)
        }
    }

    // MARK: - Steps

    private func publishAtomically(_ bundle: ReportBundle, name: String, parent: String) throws -> String {
        try Self.validate(name: name)
        try fileSystem.makeDirectories(parent)
        let target = parent + "/" + name
        let staging = parent + "/" + Self.stagingPrefix + name + "-\(processID)"
        let targetExists: Bool
        do {
            // A leftover of a killed run that had the same pid.
            try fileSystem.removeTree(staging)
            try writeStaging(bundle, at: staging)
            targetExists = try fileSystem.exists(target)
            beforeReplace?(staging)
        } catch {
            try? fileSystem.removeTree(staging)
            throw error
        }

        guard targetExists else {
            do {
                try fileSystem.rename(staging, to: target)
            } catch {
                try? fileSystem.removeTree(staging)
                throw error
            }
            try fileSystem.syncDirectory(parent)
            return target
        }

        do {
            try fileSystem.exchange(staging, target)
        } catch PublishError.io(.exchange, _, let code) where code == EINVAL || code == ENOSYS || code == EOPNOTSUPP {
            try replaceByRenaming(staging: staging, target: target, parent: parent, name: name)
            return target
        } catch {
            try? fileSystem.removeTree(staging)
            throw error
        }
        // The new folder is in place; the old one is at the staging path.
        let syncResult = Result { try fileSystem.syncDirectory(parent) }
        // If this fails, removeStaleStaging deletes it on the next run.
        try? fileSystem.removeTree(staging)
        try syncResult.get()
        return target
    }

    /// Writes every file of `bundle` under a new folder `staging`, then fsyncs the folders
    /// deepest first.
    private func writeStaging(_ bundle: ReportBundle, at staging: String) throws {
        try fileSystem.makeDirectory(staging)
        var folders = [staging]
        var created: Set<String> = [staging]
        for path in bundle.paths {
            var folder = staging
            for component in path.split(separator: "/").dropLast() {
                folder += "/" + component
                if created.insert(folder).inserted {
                    try fileSystem.makeDirectory(folder)
                    folders.append(folder)
                }
            }
            try fileSystem.writeFile(staging + "/" + path, bytes: bundle[path] ?? [])
        }
        for folder in folders.reversed() {
            try fileSystem.syncDirectory(folder)
        }
    }

    /// The fallback without RENAME_EXCHANGE: target → previous, staging → target,
    /// delete previous. The target is briefly absent between the two renames.
    private func replaceByRenaming(staging: String, target: String, parent: String, name: String) throws {
        let previous = parent + "/" + Self.previousPrefix + name + "-\(processID)"
        do {
            try fileSystem.removeTree(previous)
            try fileSystem.rename(target, to: previous)
        } catch {
            try? fileSystem.removeTree(staging)
            throw error
        }
        do {
            try fileSystem.rename(staging, to: target)
        } catch {
            // Put the previous folder back; if even that fails, removeStaleStaging
            // restores it on the next run.
            try? fileSystem.rename(previous, to: target)
            try? fileSystem.removeTree(staging)
            throw error
        }
        let syncResult = Result { try fileSystem.syncDirectory(parent) }
        try? fileSystem.removeTree(previous)
        try syncResult.get()
    }

    static func trimmed(_ directory: String) -> String {
        var result = Substring(directory)
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result.isEmpty ? "." : String(result)
    }
}
