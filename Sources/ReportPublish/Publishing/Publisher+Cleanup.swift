/// What ``Publisher/removeStaleStaging(in:)`` did.
public struct StaleStagingCleanup: Sendable, Equatable {
    /// Leftover folders that were deleted.
    public var removed: [String] = []
    /// Previous report folders put back because a killed run had moved them aside
    /// and never put the new folder in their place.
    public var restored: [String] = []
}

extension Publisher {
    /// Deletes the `.staging-*` and `.previous-*` folders that killed runs left in
    /// `outputDirectory` and in its `.failed` folder.
    ///
    /// A `.previous-<name>-<pid>` folder whose `<name>` does not exist is the previous
    /// report of a run killed inside the fallback's two-rename window: it is renamed back
    /// to `<name>` rather than deleted. Entries that do not end in `-<pid>` are left alone.
    ///
    /// Call it only while holding the ``RunLock``: another run's staging folder looks
    /// exactly like a stale one. A missing `outputDirectory` is not an error.
    @discardableResult
    public func removeStaleStaging(in outputDirectory: String) throws -> StaleStagingCleanup {
        var cleanup = StaleStagingCleanup()
        let out = Self.trimmed(outputDirectory)
        for parent in [out, out + "/" + Self.failedFolderName] where try fileSystem.exists(parent) {
            for entry in try fileSystem.listDirectory(parent) {
                let path = parent + "/" + entry
                if entry.hasPrefix(Self.stagingPrefix), Self.reportName(in: entry, prefix: Self.stagingPrefix) != nil {
                    try fileSystem.removeTree(path)
                    cleanup.removed.append(path)
                } else if entry.hasPrefix(Self.previousPrefix),
                          let name = Self.reportName(in: entry, prefix: Self.previousPrefix) {
                    let target = parent + "/" + name
                    if try fileSystem.exists(target) {
                        try fileSystem.removeTree(path)
                        cleanup.removed.append(path)
                    } else {
                        try fileSystem.rename(path, to: target)
                        try fileSystem.syncDirectory(parent)
                        cleanup.restored.append(target)
                    }
                }
            }
        }
        return cleanup
    }

    /// `2018-12` from `.staging-2018-12-4711`: the part between the prefix and the last
    /// `-<digits>`, if it is a valid report name.
    static func reportName(in entry: String, prefix: String) -> String? {
        let rest = entry.dropFirst(prefix.count)
        guard let dash = rest.lastIndex(of: "-") else { return nil }
        let pid = rest[rest.index(after: dash)...]
        guard !pid.isEmpty, pid.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return nil }
        let name = String(rest[..<dash])
        return (try? validate(name: name)) != nil ? name : nil
    }
}
