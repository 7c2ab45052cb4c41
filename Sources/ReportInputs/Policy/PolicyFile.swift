import Foundation
import ReportCore
import Yams

/// Reads the policy file (YAML). Every key is required, unknown keys are errors (a
/// typo must not silently fall back to a default), and values are checked for sense.
public enum PolicyFile {
    /// Loads `path`.
    public static func load(path: String) throws(PolicyError) -> Policy {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PolicyError(source: path, problems: ["无法读取策略文件：\(error.localizedDescription)"])
        }
        return try parse(text, source: path)
    }

    /// Parses policy YAML; `source` names it in errors and in the manifest.
    public static func parse(_ text: String, source: String) throws(PolicyError) -> Policy {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PolicyError(source: source, problems: ["策略文件为空"])
            }
            root = node
        } catch let error as PolicyError {
            throw error
        } catch {
            throw PolicyError(source: source, problems: ["YAML 格式错误：\(error)"])
        }
        var document = PolicyDocument(root: root)
        let policy = PolicyReader.read(&document, source: source)
        document.reportUnknownKeys()
        guard document.problems.isEmpty, let policy else {
            throw PolicyError(source: source, problems: document.problems)
        }
        return policy
    }
}

/// A policy file that cannot be used, with every problem found.
public struct PolicyError: Error, Sendable, CustomStringConvertible {
    public let source: String
    public let problems: [String]

    public var description: String {
        "策略文件有误（\(source)）：\n" + problems.map { "  " + $0 }.joined(separator: "\n")
    }
}
