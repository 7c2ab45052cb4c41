import ReportCore

/// The accepted spellings of an enumerated column (窗口/网上/…, 是/否, A/B/C), looked up
/// from the field's bytes without building a `String`.
public struct ChoiceTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    @usableFromInline let table: ByteKeyTable<Value>
    /// `A/B/C`, for the reject reason.
    public let allowedText: String

    public init(_ choices: [String: Value]) {
        table = ByteKeyTable(choices.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        allowedText = choices.keys.sorted().joined(separator: "/")
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// The value spelled by `bytes`, or nil.
    @inlinable @inline(__always)
    public func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? { table.value(for: bytes) }

    /// The value spelled by `text`, or nil.
    public func value(for text: String) -> Value? { table.value(for: text) }
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
