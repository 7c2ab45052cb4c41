import Testing
import ReportCore

@Suite struct CompetitionRankingTests {
    @Test func tiesShareARankAndTheNextRankSkips() {
        // Shown scores 90.0, 85.0, 85.0, 70.0 → 1, 2, 2, 4.
        #expect(CompetitionRanking.ranks([90, 85, 85, 70]) == [1, 2, 2, 4])
    }

    @Test func scoresTieWhenTheyRoundToTheSameTenth() {
        // 85.04 and 84.96 both show as 85.0; 85.05 shows as 85.1 (half up).
        #expect(CompetitionRanking.tenths(85.04) == 850)
        #expect(CompetitionRanking.tenths(84.96) == 850)
        #expect(CompetitionRanking.tenths(85.05) == 851)
        #expect(CompetitionRanking.ranks([85.04, 84.96, 85.05]) == [2, 2, 1])
    }

    @Test func unrankedEntriesAreListedLast() {
        let scores: [Double?] = [50, nil, 80, 50]
        #expect(CompetitionRanking.ranks(scores) == [2, nil, 1, 2])
        // Ties keep the given (township) order: index 0 before index 3.
        #expect(CompetitionRanking.order(scores) == [2, 0, 3, 1])
    }

    @Test func rankChange() {
        #expect(CompetitionRanking.change(current: 2, previous: 5) == "↑3")
        #expect(CompetitionRanking.change(current: 4, previous: 1) == "↓3")
        #expect(CompetitionRanking.change(current: 3, previous: 3) == "—")
        #expect(CompetitionRanking.change(current: 3, previous: nil) == "—")
        #expect(CompetitionRanking.change(current: nil, previous: 1) == "—")
    }

    @Test func matchesABruteForceDefinition() {
        // Property: rank = 1 + number of strictly better shown scores, for random inputs.
        var state: UInt64 = 42
        for _ in 0..<200 {
            var scores: [Double?] = []
            for _ in 0..<10 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let r = Int(state >> 33) % 12
                scores.append(r == 0 ? nil : Double(r * 5) + 0.25)
            }
            let ranks = CompetitionRanking.ranks(scores)
            for i in scores.indices {
                guard let s = scores[i] else { #expect(ranks[i] == nil); continue }
                let better = scores.compactMap { $0 }.filter { CompetitionRanking.tenths($0) > CompetitionRanking.tenths(s) }.count
                #expect(ranks[i] == better + 1)
            }
        }
    }
}
