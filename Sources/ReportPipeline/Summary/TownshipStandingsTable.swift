import ReportInputs
import ReportPublish

/// The combined township table of page 1: each job's score, rank and rank change side by
/// side, one row per township in directory order.
enum TownshipStandingsTable {
    /// Nil when no job ranks townships.
    static func table(jobs: [JobName], outputs: [JobOutput], townships: TownshipDirectory) -> DocumentTable? {
        let ranked = zip(jobs, outputs).filter { !$0.1.standings.isEmpty }
        guard !ranked.isEmpty else { return nil }
        var columns = [TableColumn("镇街")]
        for (job, _) in ranked {
            columns += [TableColumn(shortTitle(job) + "得分", .right), TableColumn("名次", .right), TableColumn("变化", .center)]
        }
        var table = DocumentTable(columns: columns)
        let byJob = ranked.map { _, output in
            Dictionary(output.standings.map { ($0.township, $0) }, uniquingKeysWith: { first, _ in first })
        }
        for township in townships.all.map(\.name) {
            var row: [TableCell] = [.text(township)]
            for standings in byJob {
                let standing = standings[township]
                row += [.orEmpty(standing?.score), .orEmpty(standing?.rank.map(String.init)), .orEmpty(standing?.rankChange)]
            }
            table.append(row)
        }
        return table
    }

    static func shortTitle(_ job: JobName) -> String {
        switch job {
        case .coal: return "煤炭"
        case .food: return "食品"
        case .service: return "政务"
        }
    }
}
