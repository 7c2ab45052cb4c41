import ReportCore
import Yams

/// Typed, checked access to the values of a policy YAML tree by dotted key.
///
/// Problems are collected, not thrown, so one run lists everything wrong with the file.
struct PolicyDocument {
    let root: Node
    private(set) var problems: [String] = []
    private var used = Set<String>()

    init(root: Node) { self.root = root }

    /// Every leaf as written, by dotted key (sequences joined with ", ").
    var values: [String: String] {
        var out: [String: String] = [:]
        func walk(_ node: Node, _ path: String) {
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { walk(value, path.isEmpty ? key.string ?? "?" : path + "." + (key.string ?? "?")) }
            case .sequence(let sequence):
                out[path] = sequence.map { $0.string ?? "?" }.joined(separator: ", ")
            case .scalar(let scalar):
                out[path] = scalar.string
            }
        }
        walk(root, "")
        return out
    }

    private mutating func node(_ path: String) -> Node? {
        used.insert(path)
        var current: Node? = root
        for part in path.split(separator: ".") {
            current = current?[String(part)]
        }
        if current == nil { problems.append("缺少 \(path)") }
        return current
    }

    private mutating func scalar(_ path: String) -> String? {
        guard let node = node(path) else { return nil }
        guard let text = node.scalar?.string else {
            problems.append("\(path) 应为单个取值")
            return nil
        }
        return text
    }

    /// A decimal scaled by 10^scale, within `range` (in scaled units).
    mutating func fixed(_ path: String, scale: Int, _ range: ClosedRange<Int64>) -> Int64 {
        guard let text = scalar(path) else { return 0 }
        switch ValueParser.fixedPoint(text, scale: scale) {
        case .success(let value) where range.contains(value):
            return value
        case .success:
            problems.append("\(path) = \(text) 超出合理范围")
        case .failure(let error):
            problems.append("\(path) = \(text)：\(error.reason)")
        }
        return 0
    }

    mutating func int(_ path: String, _ range: ClosedRange<Int>) -> Int {
        Int(fixed(path, scale: 0, Int64(range.lowerBound)...Int64(range.upperBound)))
    }

    /// An integer that a policy may leave out (a key added after policies were written):
    /// `fallback` when absent, checked like `int` when present.
    mutating func optionalInt(_ path: String, _ range: ClosedRange<Int>, fallback: Int) -> Int {
        var current: Node? = root
        for part in path.split(separator: ".") { current = current?[String(part)] }
        guard current != nil else {
            used.insert(path)
            return fallback
        }
        return int(path, range)
    }

    /// A percentage, as tenths of a percent.
    mutating func percent(_ path: String, _ range: ClosedRange<Int> = 0...1000) -> Int {
        Int(fixed(path, scale: 1, Int64(range.lowerBound)...Int64(range.upperBound)))
    }

    /// A ranking weight ≥ 0.
    mutating func weight(_ path: String) -> Double {
        Double(fixed(path, scale: 6, 0...1_000_000_000)) / 1_000_000
    }

    /// `"MM-DD"`.
    mutating func monthDay(_ path: String) -> (month: Int, day: Int) {
        guard let text = scalar(path) else { return (1, 1) }
        let parts = text.split(separator: "-")
        // Checked against a common year: a campaign must exist every year (02-29 does not).
        if parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), Day(year: 2001, month: m, day: d) != nil {
            return (m, d)
        }
        problems.append("\(path) = \(text)：应为每年都有的“月-日”，如 09-01")
        return (1, 1)
    }

    mutating func strings(_ path: String) -> [String] {
        guard let node = node(path) else { return [] }
        guard let items = node.sequence?.compactMap({ $0.string }), !items.isEmpty else {
            problems.append("\(path) 应为非空列表")
            return []
        }
        return items
    }

    mutating func problem(_ text: String) { problems.append(text) }

    /// Reports every key of the file that no getter asked for.
    mutating func reportUnknownKeys() {
        let known = used
        for key in values.keys.sorted() where !known.contains(key) {
            problems.append("未知的键 \(key)（拼写错误？）")
        }
    }
}
