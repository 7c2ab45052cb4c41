import ReportPublish

/// `coal/subsidy_households.csv`: one row per household, 户号 and buyer masked.
enum SubsidyHouseholdsCSV {
    static let header = [
        "户号", "购买人", "镇街", "村居", "配送量(吨)", "不合格批次(吨)", "可补贴数量(吨)", "补贴数量(吨)", "煤炭补贴(元)",
        "炉具数量(台)", "补贴炉具(台)", "炉具补贴(元)", "补贴合计(元)", "补贴合计(大写)",
    ]

    static func render(_ households: HouseholdSubsidies, mask: PersonalMask) -> [UInt8] {
        // About 115 bytes a row (ids, names, four tonnages, three amounts and the 大写). A
        // 900 000-household table is rendered in ranges on both cores (masking and the 大写
        // are most of its cost), joined in order.
        CSVTableWriter.rendering(header: header, count: households.count, bytesPerRow: 120) { index in
            let row = households[index]
            return [
                .text(mask.household(row.householdID)), .text(mask.name(row.buyer)),
                .text(CoalFormat.list(row.townships)), .text(CoalFormat.list(row.villages)),
                .value(CoalFormat.tons(row.deliveredKg)), .value(CoalFormat.tons(row.failedBatchKg)),
                .value(CoalFormat.tons(row.eligibleKg)), .value(CoalFormat.tons(row.subsidisedKg)),
                .value(CoalFormat.yuan(row.coalFen)), .value(String(row.stoves)), .value(String(row.subsidisedStoves)),
                .value(CoalFormat.yuan(row.stoveFen)), .value(CoalFormat.yuan(row.totalFen)),
                .value(CoalFormat.capital(row.totalFen)),
            ]
        }
    }
}
