import Foundation
import ReportInputs

/// Loads what every command needs before touching an export: the reference data and
/// the policy. Both are configuration: a problem with either is a usage error.
public enum RunSetup {
    /// The policy file to use: the one given, else `<reference>/policy.yaml` when it
    /// exists, else the built-in gazette defaults.
    public static func loadPolicy(path: String?, referenceDirectory: String) throws(RunFailure) -> Policy {
        do {
            if let path { return try PolicyFile.load(path: path) }
            let shipped = referenceDirectory + "/policy.yaml"
            if FileManager.default.fileExists(atPath: shipped) { return try PolicyFile.load(path: shipped) }
            return try BuiltInPolicy.load()
        } catch {
            throw RunFailure(.usage, "策略文件有误（\(error.source)）", details: error.problems)
        }
    }

    /// The reference folder's files, every problem in them a usage error.
    public static func loadReference(directory: String, scope: ReferenceScope = .all) throws(RunFailure) -> ReferenceData {
        do {
            return try ReferenceData.load(directory: directory, scope: scope)
        } catch {
            throw RunFailure(.usage, "参考数据有误（\(directory)）", details: error.problems)
        }
    }

    /// Reference data and policy together: what every export is checked against. Only the
    /// reference files of `jobs` are read (nil: all, as `validate` does).
    public static func loadContext(referenceDirectory: String, policyPath: String?,
                                   jobs: [JobName]? = nil) throws(RunFailure) -> ExportContext {
        let scope = jobs.map { $0.map(\.referenceScope).reduce(ReferenceScope(files: [], vocabularies: [])) { $0.union($1) } } ?? .all
        let reference = try loadReference(directory: referenceDirectory, scope: scope)
        let policy = try loadPolicy(path: policyPath, referenceDirectory: referenceDirectory)
        return ExportContext(reference: reference, policy: policy)
    }
}
