import Synchronization

/// What reading one file may hold of its rejected rows, and when it may stop reading.
///
/// Two bounds keep a hostile file (a valid header followed by hundreds of megabytes of
/// random bytes, each "line" a reject) from growing memory without end:
/// - **Listed rows.** Rejected rows are kept in full, for `rejects/<file>`, until their
///   fields add up to `listedBytes`; after that they are counted (in total, by reason and
///   by the township they name), not kept. The rejects file then ends with a line saying
///   how many rows were not listed.
/// - **Early stop.** With a reject limit, a file stops being read once the limit can no
///   longer be met: when its rejects are above the limit even if every byte still unread
///   (of this file, and `otherBytes` of the export's other files or parts) held accepted
///   rows as short as a row can be. No accepted row is shorter than the values of its
///   required columns (those not `blankAllowed`), one byte each, with a comma between
///   them: `2 × required − 1` bytes (`RejectBudgetTests` blanks each such value of an
///   accepted row of every export and checks that the row is then rejected).
public struct RejectBudget: Sendable {
    /// Field bytes of rejected rows kept in full per file.
    public var listedBytes: Int
    /// The reject limit in tenths of a percent; nil: never stop early.
    public var limitTenthsOfPercent: Int?
    /// Bytes of the same export outside this file (or part), which might all be good rows.
    public var otherBytes: Int
    /// For the parts of one file read at once: their counts so far, so that each part
    /// judges the file as a whole (`otherBytes` is then 0).
    public var parts: PartTally?
    /// This reader's slot in `parts`.
    public var partIndex = 0

    public init(listedBytes: Int = 4 << 20, limitTenthsOfPercent: Int? = nil, otherBytes: Int = 0) {
        self.listedBytes = listedBytes
        self.limitTenthsOfPercent = limitTenthsOfPercent
        self.otherBytes = otherBytes
    }

    /// The shortest accepted row of a schema, in bytes.
    static func shortestRow<Column: ColumnKey>(_ column: Column.Type) -> Int {
        max(1, 2 * Column.allCases.filter { $0.spec.isRequired && !$0.spec.blankAllowed }.count - 1)
    }

    /// True when `rejected` of `read` rows is above the limit even if the unread bytes
    /// held only accepted rows of `shortestRow` bytes.
    func isHopeless(rejected: Int, read: Int, unreadBytes: Int, shortestRow: Int) -> Bool {
        guard let limit = limitTenthsOfPercent, rejected > 0 else { return false }
        var (rejected, read, unread) = (rejected, read, max(0, unreadBytes) + otherBytes)
        if let parts {
            (rejected, read, unread) = parts.update(partIndex, rejected: rejected, read: read, unread: unread)
        }
        let possible = read + unread / shortestRow + 1
        return rejected * 1000 > limit * possible
    }
}

/// Rejected rows counted but not listed, once a file's listed rejects reached their budget.
public struct UnlistedRejects: Sendable, Equatable {
    public private(set) var count = 0
    public private(set) var byKind: [RejectKind: Int] = [:]
    /// By the text of the row's township field as sent ("" when the file has none); at most
    /// `distinctTownships` texts, the rest under "" (a garbage file names no township).
    public private(set) var byTownshipText: [String: Int] = [:]
    static let distinctTownships = 256

    public init() {}

    mutating func add(_ kind: RejectKind, townshipText: String) {
        count += 1
        byKind[kind, default: 0] += 1
        let key = byTownshipText[townshipText] != nil || byTownshipText.count < Self.distinctTownships ? townshipText : ""
        byTownshipText[key, default: 0] += 1
    }

    public mutating func merge(_ other: UnlistedRejects) {
        count += other.count
        byKind.merge(other.byKind, uniquingKeysWith: +)
        for (text, n) in other.byTownshipText {
            let key = byTownshipText[text] != nil || byTownshipText.count < Self.distinctTownships ? text : ""
            byTownshipText[key, default: 0] += n
        }
    }
}

/// The counts of the parts of one file read on several cores, for `RejectBudget`: each
/// part posts its own and gets the sums. A part not yet started counts as all unread.
public final class PartTally: Sendable {
    private let counts: Mutex<[(rejected: Int, read: Int, unread: Int)]>

    /// - Parameter sizes: each part's bytes.
    public init(sizes: [Int]) {
        counts = Mutex(sizes.map { (rejected: 0, read: 0, unread: $0) })
    }

    func update(_ index: Int, rejected: Int, read: Int, unread: Int) -> (Int, Int, Int) {
        counts.withLock { counts in
            counts[index] = (rejected, read, unread)
            return counts.reduce((0, 0, 0)) { ($0.0 + $1.rejected, $0.1 + $1.read, $0.2 + $1.unread) }
        }
    }
}
