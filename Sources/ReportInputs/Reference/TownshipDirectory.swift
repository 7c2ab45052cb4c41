import ReportCore

/// A township (镇/街道) of the district, as listed in `townships.csv`.
public struct Township: Hashable, Sendable {
    /// The official name, e.g. `开发区域城镇`.
    public let name: String
    /// Other spellings found in exports, e.g. `域城镇`.
    public let aliases: [String]
    /// Display order; also breaks ranking ties.
    public let order: Int
}

/// The townships, and the lookup from any accepted spelling to the township.
public final class TownshipDirectory: Sendable {
    /// All townships in display order.
    public let all: [Township]
    private let lookup: [String: Township]
    /// Exact spellings, looked up from bytes (the per-row path): position in `all`.
    private let exact: ByteKeyTable<Int>

    public init(_ townships: [Township]) {
        all = townships.sorted { ($0.order, $0.name) < ($1.order, $1.name) }
        var lookup: [String: Township] = [:]
        for township in all {
            for spelling in [township.name] + township.aliases {
                lookup[TownshipDirectory.key(spelling)] = township
            }
        }
        self.lookup = lookup
        exact = ByteKeyTable(all.enumerated().flatMap { position, township in
            ([township.name] + township.aliases).map { ($0, position) }
        })
    }

    /// The township for a name or alias (spaces of any width ignored), or nil.
    public func resolve(_ text: String) -> Township? {
        exact.value(for: text).map { all[$0] } ?? lookup[TownshipDirectory.key(text)]
    }

    /// The position in `all` of the township spelled by a field's trimmed bytes: an exact
    /// spelling without building a `String`, else the slower match that ignores inner spaces.
    @inline(__always)
    public func position(bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let position = exact.value(for: bytes) { return position }
        guard let township = lookup[TownshipDirectory.key(String(decoding: bytes, as: UTF8.self))] else { return nil }
        return all.firstIndex(of: township)
    }

    /// Display position of `name` (unknown names last).
    public func order(of name: String) -> Int {
        resolve(name)?.order ?? Int.max
    }

    static func key(_ text: String) -> String {
        String(text.unicodeScalars.filter { !($0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\u{00A0}") }
            .map(Character.init))
    }
}

/// `townships.csv`: 镇街/township, 别名/aliases (`|`-separated), 排序/order.
public enum TownshipFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case township, aliases, order
        public var spec: ColumnSpec {
            switch self {
            case .township: ColumnSpec("镇街", "township", also: ["镇(街道)", "镇、街道", "name"], required: true)
            case .aliases: ColumnSpec("别名", "aliases")
            case .order: ColumnSpec("排序", "order", required: true)
            }
        }
    }

    public static let fileName = "townships.csv"
    public static let title = "镇街名录"

    public static func parse(_ fields: FieldReader<Column>, context: Void) throws(RowReject) -> Township {
        let name = try fields.requiredText(.township)
        let aliases = (fields.optionalText(.aliases) ?? "")
            .split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        return Township(name: name, aliases: aliases, order: try fields.requiredCount(.order))
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\u{3000}" }.reversed().drop { $0 == " " || $0 == "\u{3000}" }.reversed())
    }
}
