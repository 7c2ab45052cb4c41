import OfficeDocuments
import ReportPublish

extension ReportWorkbook {
    /// The 说明 sheet: what the workbook holds and how to read it.
    static func writeNotes(_ writer: WorkbookWriter, manifest: Manifest,
                           described: [(sheet: String, source: String, columns: [WorkbookColumn])], rows: [Int],
                           maxRowsPerSheet: Int) throws {
        try writer.beginSheet(name: "说明", columns: [
            WorkbookColumn(title: "项目", format: .text, width: 18), WorkbookColumn(title: "内容", format: .text, width: 60),
            WorkbookColumn(title: "补充（列的含义摘自 README.md，英文）", format: .text, width: 60),
            WorkbookColumn(title: "格式", format: .text, width: 14),
        ])
        func line(_ cells: String...) throws { try writer.appendRow(cells.map { $0.isEmpty ? .empty : .text($0) }) }
        try line("报表期间", manifest.period)
        try line("生成程序", "\(manifest.tool.name) \(manifest.tool.version)")
        try line("命令行", manifest.commandLine.joined(separator: " "))
        try line("个人信息", manifest.unmasked ? "未脱敏（--unmasked）：请妥善保管本文件" : "已脱敏（姓名、电话、户号）")
        try line("单元格格式", "编号、电话、编码、行号与列表为文本；数量为数字（吨 0.000、元 0.00、比率与得分 0.0、计数 0）；日期为日期",
                 "比率分母为 0 时单元格为空；表中没有公式")
        for input in manifest.inputs {
            try line("输入文件", input.file, "\(input.encoding)，读取 \(input.rowsRead) 行，采用 \(input.rowsAccepted) 行，拒收 \(input.rowsRejected) 行",
                     "")
            try line("", "SHA-256 " + input.sha256)
        }
        for (key, value) in manifest.policy.sorted(by: { $0.key < $1.key }) { try line("政策参数", key, value) }
        let dataRows = maxRowsPerSheet - 1
        for (index, sheet) in described.enumerated() {
            var note = "来自 \(sheet.source)，\(rows[index]) 行"
            if rows[index] > dataRows {
                let parts = (rows[index] + dataRows - 1) / dataRows
                note += "；超过 Excel 的 \(maxRowsPerSheet) 行上限，分为 \(parts) 个工作表：\(sheet.sheet)、"
                    + (2...parts).map { "\(sheet.sheet)（\($0)）" }.joined(separator: "、")
            }
            try line("工作表", sheet.sheet, note)
            for column in sheet.columns {
                try line("", "列：" + column.title, meaning(of: column.title, in: sheet.source), label(column.format))
            }
        }
        try line("列的含义", "含义与单位摘自 README.md 的“Report columns”一节（英文；[ ] 内为单位）")
    }

    /// What a column holds: README's text for a report column, the rejects files' own
    /// columns in Chinese, "as sent" for an export's columns in a rejects sheet.
    static func meaning(of column: String, in source: String) -> String {
        if source.hasPrefix("rejects/") {
            let own = ["文件": "被拒收行所在的文件", "行号": "该行在文件中的行号（表头为第 1 行）", "列": "出问题的列",
                       "原因类别": "拒收原因的类别", "原因": "拒收原因，指出取值与修正办法"]
            return own[column] ?? "导出中的原始取值（个人信息按 --unmasked 打码或不打码）"
        }
        return ColumnMeanings.byReport[source]?[column] ?? ""
    }

    static func label(_ format: WorkbookColumnFormat) -> String {
        switch format {
        case .text: return "文本"
        case .integer: return "整数 0"
        case .tons: return "吨 0.000"
        case .yuan: return "元 0.00"
        case .rate: return "一位小数 0.0"
        case .date: return "日期 yyyy-mm-dd"
        case .dateTime: return "日期时间"
        }
    }
}
