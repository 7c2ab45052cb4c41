/// A hash table from byte strings to values, looked up straight from a field's bytes.
///
/// The per-row path of every job looks names up (townships, item codes, halls, choices
/// such as 网上/窗口). A `Dictionary<String, …>` would first build a `String` and then hash
/// it with Unicode normalisation, which dominates a profile of two million Chinese rows.
/// This table hashes the raw UTF-8 bytes and compares them byte for byte — which is what
/// an export's spelling is. Open addressing, linear probing, power-of-two capacity kept
/// under half full. `@inlinable` so that callers in other modules get it specialised.
///
/// Each slot holds the upper half of its key's hash next to the key's index, so a probe
/// that does not match costs one memory access; a table of a million 户号 stays fast.
public struct ByteKeyTable<Value> {
    /// `hash >> 32 << 32 | (index + 1)`; 0 for an empty slot.
    @usableFromInline var slots: [UInt64]
    /// Where each key's bytes are in `keyBytes`, and its hash (kept for growing).
    @usableFromInline var keys: [(start: Int, count: Int, hash: UInt64)] = []
    @usableFromInline var values: [Value] = []
    @usableFromInline var keyBytes: [UInt8] = []

    public init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
    }

    /// A table of the given keys; the first value wins for a repeated key.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        self.init()
        for (key, value) in pairs { insert(key, value) }
    }

    /// Number of keys.
    public var count: Int { values.count }

    /// Every key with its value, in insertion order.
    public var pairs: [(key: String, value: Value)] {
        values.indices.map { (String(decoding: keyBytes[keys[$0].start..<(keys[$0].start + keys[$0].count)], as: UTF8.self), values[$0]) }
    }

    /// Adds `key` unless present. Returns false when it was already there.
    @discardableResult
    public mutating func insert(_ key: String, _ value: Value) -> Bool {
        var key = key
        return key.withUTF8 { insert(bytes: $0, value) }
    }

    /// Adds the key `bytes` unless present. Returns false when it was already there.
    @discardableResult
    public mutating func insert(bytes: UnsafeBufferPointer<UInt8>, _ value: Value) -> Bool {
        let hash = Self.hash(bytes)
        if find(bytes, hash: hash) != nil { return false }
        if (values.count + 1) * 2 > slots.count { grow() }
        keys.append((keyBytes.count, bytes.count, hash))
        values.append(value)
        keyBytes.append(contentsOf: bytes)
        place(values.count - 1, hash: hash)
        return true
    }

    /// The value for the key spelled by `bytes`, or nil.
    @inlinable @inline(__always)
    public func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let index = find(bytes, hash: Self.hash(bytes)) else { return nil }
        return values[index]
    }

    /// The position (insertion order) and value of the key spelled by `bytes`, or nil.
    @inlinable @inline(__always)
    public func entry(for bytes: UnsafeBufferPointer<UInt8>) -> (position: Int, value: Value)? {
        guard let index = find(bytes, hash: Self.hash(bytes)) else { return nil }
        return (index, values[index])
    }

    /// The value for `key`, or nil.
    @inlinable
    public func value(for key: String) -> Value? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ value(for: $0) }) { return found }
        var copy = key
        return copy.withUTF8 { value(for: $0) }
    }

    /// The position (insertion order) of the key spelled by `bytes`, or nil.
    @inlinable @inline(__always)
    public func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        return keyBytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let index = Int(entry & 0xFFFF_FFFF) - 1
                    let key = keys[index]
                    if key.count == bytes.count && Self.equal(stored.baseAddress.map { $0 + key.start }, bytes.baseAddress, bytes.count) {
                        return index
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, key) in keys.enumerated() { place(index, hash: key.hash) }
    }

    /// Whether `count` bytes at `a` and `b` are equal, compared eight at a time.
    @inlinable @inline(__always)
    public static func equal(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard count > 0, let a, let b else { return count == 0 }
        let x = UnsafeRawPointer(a), y = UnsafeRawPointer(b)
        var i = 0
        while i + 8 <= count {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// FNV-1a over 8-byte words, then a final avalanche (splitmix64).
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                i += 8
            }
            if i < bytes.count {
                // The last one to seven bytes as one word: one multiplication, not one each.
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while i < bytes.count {
                    tail |= UInt64(base[i]) << shift
                    shift += 8
                    i += 1
                }
                h = (h ^ tail) &* 0x0000_0100_0000_01B3
            }
        }
        h ^= h >> 30; h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 27; h &*= 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}
