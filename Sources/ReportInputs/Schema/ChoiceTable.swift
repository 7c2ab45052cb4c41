import ReportCore

/// The accepted spellings of an enumerated column (窗口/网上/…, 是/否, A/B/C), looked up
/// from the field's bytes without building a `String`.
///
/// An exact spelling is found by bytes. A field that misses is tried once more in its
/// folded form (`ChoiceTable.fold`: spaces of any width removed, full-width letters,
/// digits and brackets made half-width, ASCII lower-cased), so `手机 App`, `ｂ` and
/// `网上（办理）` find `手机APP`, `B` and `网上(办理)` when those are listed; such a
/// match is reported as accepted, not silent.
public struct ChoiceTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// Everything behind one reference: a row passes a table per field, and copying five
    /// stored collections would retain five times.
    @usableFromInline final class Storage: Sendable {
        @usableFromInline let table: ByteKeyTable<Value>
        /// Folded spellings; a spelling whose fold is shared by two different values is left
        /// out (it would be a guess).
        let folded: [String: Value]
        let allowedText: String
        let vocabulary: String?
        /// The standard spelling of each value (by its description), for messages.
        let standardSpelling: [String: String]

        init(table: ByteKeyTable<Value>, folded: [String: Value], allowedText: String, vocabulary: String?,
             standardSpelling: [String: String]) {
            self.table = table
            self.folded = folded
            self.allowedText = allowedText
            self.vocabulary = vocabulary
            self.standardSpelling = standardSpelling
        }
    }

    @usableFromInline let storage: Storage
    /// `A/B/C`, for the reject reason: the standard values when known, else every spelling.
    public var allowedText: String { storage.allowedText }
    /// The vocabulary's name (`办理渠道`) when the table comes from `vocabularies.csv`,
    /// so that a reject can say where to add a synonym.
    public var vocabulary: String? { storage.vocabulary }

    public init(_ choices: [String: Value], standard: [String]? = nil, vocabulary: String? = nil) {
        let sorted = choices.sorted { $0.key < $1.key }
        var folded: [String: Value] = [:]
        var ambiguous = Set<String>()
        var owner: [String: String] = [:]
        for (spelling, value) in sorted {
            let key = Self.fold(spelling)
            let canonical = "\(value)"
            if let earlier = owner[key], earlier != canonical { ambiguous.insert(key) }
            owner[key] = canonical
            folded[key] = value
        }
        for key in ambiguous { folded[key] = nil }
        var spelling: [String: String] = [:]
        for name in standard ?? [] { if let value = choices[name] { spelling["\(value)"] = name } }
        storage = Storage(table: ByteKeyTable(sorted.map { ($0.key, $0.value) }), folded: folded,
                          allowedText: (standard ?? sorted.map(\.key)).joined(separator: "/"),
                          vocabulary: vocabulary, standardSpelling: spelling)
    }

    /// How messages name `value`: its standard spelling when known.
    public func displayName(of value: Value) -> String { storage.standardSpelling["\(value)"] ?? "\(value)" }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// The value spelled by `bytes`, or nil.
    @inlinable @inline(__always)
    public func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? { storage.table.value(for: bytes) }

    /// The value spelled by `text`, or nil.
    public func value(for text: String) -> Value? { storage.table.value(for: text) }

    /// The value spelled by `bytes`, exactly or once folded (`exact` false), or nil.
    @inline(__always)
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: Value, exact: Bool)? {
        if let value = storage.table.value(for: bytes) { return (value, true) }
        return storage.folded[Self.fold(String(decoding: bytes, as: UTF8.self))].map { ($0, false) }
    }

    /// The comparison form of a spelling: spaces (ASCII, U+3000, no-break) removed,
    /// full-width ASCII (U+FF01–U+FF5E) made half-width, ASCII letters lower-cased.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0 || value == 0xFEFF { continue }
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            if value >= 0x41 && value <= 0x5A { value += 32 }
            out.append(Unicode.Scalar(value)!)
        }
        return String(out)
    }
}

/// Turns repeated field texts (hall names, villages, companies) into one shared `String`
/// each, looked up by bytes, so that a row does not allocate a new string per field.
///
/// Confined to the thread that reads one file: it is a class so that the static `parse`
/// functions of the schemas can use it through their context.
public final class StringInterner: @unchecked Sendable {
    private var table = ByteKeyTable<String>(minimumCapacity: 256)

    public init() {}

    /// The shared `String` for `bytes`.
    @inline(__always)
    public func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        interned(bytes).text
    }

    /// The shared `String` for `bytes` and its id: the order in which this interner first
    /// saw it (equal ids, equal texts, for strings from one interner).
    @inline(__always)
    public func interned(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, id: Int) {
        if let known = table.entry(for: bytes) { return (known.value, known.position) }
        let text = String(decoding: bytes, as: UTF8.self)
        table.insert(bytes: bytes, text)
        return (text, table.count - 1)
    }
}
