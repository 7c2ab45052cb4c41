import Glibc

/// SplitMix64: seeds `SeededGenerator` and derives independent streams from one seed.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** (Blackman & Vigna): fast, small state, and fully deterministic.
///
/// Every export draws from its own stream (`stream:` is hashed into the seed), so
/// `--only coal` writes exactly the coal files a full run writes. All helpers here are
/// written out by hand rather than using the standard library's `shuffle(using:)` or
/// `random(in:using:)`, whose algorithms may change between Swift releases: the same
/// seed must give byte-identical files on any toolchain.
struct SeededGenerator: RandomNumberGenerator {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64, stream: String = "") {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a of the stream name
        for byte in stream.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var mix = SplitMix64(state: seed ^ hash)
        s0 = mix.next(); s1 = mix.next(); s2 = mix.next(); s3 = mix.next()
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in `0..<n` (Lemire's multiply-high; the bias, below n / 2^64, is irrelevant here).
    @inline(__always)
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(n)).high)
    }

    @inline(__always)
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1).
    @inline(__always)
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    @inline(__always)
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Exponentially distributed with the given mean.
    mutating func exponential(mean: Double) -> Double { -mean * log(1 - unit()) }

    /// `value` rounded up or down at random so that the expectation is `value` (0.3 → 1 with p 0.3).
    mutating func stochasticRound(_ value: Double) -> Int {
        let whole = value.rounded(.down)
        return Int(whole) + (chance(value - whole) ? 1 : 0)
    }

    /// Fisher–Yates.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    /// `k` distinct values of `0..<n`, ascending (Floyd's algorithm); all of them when k ≥ n.
    mutating func sample(_ k: Int, from n: Int) -> [Int] {
        if k >= n { return Array(0..<n) }
        var chosen = Set<Int>()
        for j in (n - k)..<n {
            let t = below(j + 1)
            if !chosen.insert(t).inserted { chosen.insert(j) }
        }
        return chosen.sorted()
    }

    /// `k` distinct elements of `items` (in their original order).
    mutating func sample<T>(_ k: Int, of items: [T]) -> [T] {
        sample(k, from: items.count).map { items[$0] }
    }
}

/// Picks an index with probability proportional to its weight (binary search on the
/// cumulative weights).
struct WeightedPicker: Sendable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        precondition(!weights.isEmpty && weights.allSatisfy { $0 >= 0 })
        var total = 0.0
        cumulative = weights.map { total += $0; return total }
        precondition(total > 0, "all weights are zero")
    }

    var count: Int { cumulative.count }

    @inline(__always)
    func pick(_ rng: inout SeededGenerator) -> Int {
        let x = rng.unit() * cumulative[cumulative.count - 1]
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
