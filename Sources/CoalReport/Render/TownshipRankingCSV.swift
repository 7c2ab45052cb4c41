import ReportCore
import ReportPublish

/// `coal/township_ranking.csv`: one row per township in ranking order, then the district.
enum TownshipRankingCSV {
    static let header = [
        "行类型", "排名", "镇街", "清洁煤炭任务(吨)", "累计配送户数", "累计配送量(吨)", "本期配送量(吨)", "煤炭完成率(%)",
        "时间进度(%)", "进度差(百分点)", "节能炉具任务(台)", "累计安装户数", "累计安装数(台)", "本期安装数(台)",
        "炉具完成率(%)", "得分", "上期排名", "排名变化", "备注",
    ]

    static func render(_ results: CoalResults) -> [UInt8] {
        var writer = CSVTableWriter(header: header)
        let elapsed = CoalFormat.percent(results.scope.elapsedShare)
        for row in results.townships + [results.district] {
            let isDistrict = row.rankingStatus == .district
            writer.append([
                .value(isDistrict ? "全区合计" : "镇街"), .value(row.rank.map(String.init) ?? ""),
                isDistrict ? .value("全区") : .text(row.township),
                .value(row.coalQuotaKg.map(CoalFormat.tons) ?? ""), .value(String(row.coalHouseholds)),
                .value(CoalFormat.tons(row.coalKg)), .value(CoalFormat.tons(row.coalKgInPeriod)),
                .value(CoalFormat.percent(row.coalCompletion)), .value(elapsed),
                .value(CoalFormat.tenths(row.scheduleGapTenths)), .value(row.stoveQuota.map(String.init) ?? ""),
                .value(String(row.stoveHouseholds)), .value(String(row.stoves)), .value(String(row.stovesInPeriod)),
                .value(CoalFormat.percent(row.stoveCompletion)), .value(CoalFormat.tenths(row.scoreTenths)),
                .value(row.previousRank.map(String.init) ?? ""), .value(isDistrict ? "" : row.rankChange),
                .value(note(row)),
            ])
        }
        return writer.bytes
    }

    /// Why a township is not ranked, and whether it is behind schedule.
    static func note(_ row: TownshipProgress) -> String {
        var notes: [String] = []
        if let reason = unrankedReason(row) { notes.append(reason) }
        if row.isBehindSchedule { notes.append("进度滞后") }
        return notes.joined(separator: "；")
    }

    /// Why a township is not ranked (nil when it is, and for the district), naming the
    /// quota that is 0 when only one of them is.
    static func unrankedReason(_ row: TownshipProgress) -> String? {
        switch row.rankingStatus {
        case .ranked, .district: nil
        case .campaignNotStarted: "推广期尚未开始，不排名"
        case .quotaMissing: "未列任务，不参与排名"
        case .quotaZero:
            switch (row.coalQuotaKg ?? 0 > 0, row.stoveQuota ?? 0 > 0) {
            case (true, false): "节能炉具任务为0，不参与排名"
            case (false, true): "清洁煤炭任务为0，不参与排名"
            default: "任务为0，不参与排名"
            }
        }
    }
}
