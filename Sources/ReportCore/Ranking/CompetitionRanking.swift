/// Standard competition ranking (1, 2, 2, 4) of SPEC §4.4, and rank change.
///
/// Scores are compared after rounding to one decimal (half up), as they are shown;
/// entries with equal shown scores share a rank and keep the order they were given in
/// (the order of `townships.csv` for townships). Entries without a score (a township
/// with quota 0, a department with no tickets) are listed but not ranked.
public enum CompetitionRanking {
    /// A score as shown: tenths of a point, rounded half up.
    public static func tenths(_ score: Double) -> Int {
        Int((score * 10 + 0.5 + 1e-9).rounded(.down))
    }

    /// Ranks of `entries` (given in display order), nil for those without a score.
    public static func ranks(_ scores: [Double?]) -> [Int?] {
        let shown = scores.map { $0.map(tenths) }
        return shown.map { mine in
            guard let mine else { return nil }
            return 1 + shown.filter { ($0 ?? Int.min) > mine }.count
        }
    }

    /// Indices of `scores` in ranking order: by shown score, highest first, ties and
    /// unranked entries in the order given (unranked last).
    public static func order(_ scores: [Double?]) -> [Int] {
        let shown = scores.map { $0.map(tenths) }
        return scores.indices.sorted { a, b in
            switch (shown[a], shown[b]) {
            case let (x?, y?): return x != y ? x > y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }

    /// `↑2` when the rank improved by 2 places, `↓1` when it fell by 1, `—` when it is
    /// unchanged or either period has no rank.
    public static func change(current: Int?, previous: Int?) -> String {
        guard let current, let previous, current != previous else { return "—" }
        return current < previous ? "↑\(previous - current)" : "↓\(current - previous)"
    }
}
