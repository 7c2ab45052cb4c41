import ReportPublish

/// `service/overdue.csv`: every ticket open at period end past its committed limit, most
/// overdue first, then by ticket id.
enum OverdueTable {
    static let path = "service/overdue.csv"
    static let header = [
        "办件编号", "受理大厅", "镇街", "部门", "事项编码", "事项名称", "办理渠道", "受理时间", "期末后办结时间",
        "特殊环节(工作日)", "已用工作日", "承诺时限(工作日)", "超期工作日", "法定时限(工作日)", "超过法定时限",
    ]

    static func render(_ report: ServiceReport) -> [UInt8] {
        var writer = CSVTableWriter(header: header)
        // The one report whose length grows with the export: about 150 bytes a row.
        writer.reserveCapacity(rows: report.overdue.count, bytesPerRow: 160)
        for ticket in report.overdue {
            writer.append([
                .text(ticket.ticketID), .text(ticket.hall), .text(ticket.township ?? ""), .text(ticket.item.department),
                .text(ticket.item.code), .text(ticket.item.name), .value(ticket.channel.rawValue),
                .value(ticket.receivedAt.description), .value(ticket.completedAt?.description ?? ""),
                ServiceCells.count(ticket.suspendedDays), ServiceCells.count(ticket.elapsedDays),
                ServiceCells.count(ticket.item.committedDays), ServiceCells.count(ticket.overdueDays),
                ServiceCells.count(ticket.item.statutoryDays), ServiceCells.yesNo(ticket.pastStatutoryLimit),
            ])
        }
        return writer.bytes
    }
}
