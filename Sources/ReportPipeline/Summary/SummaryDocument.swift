import ReportCore
import ReportInputs
import ReportPublish

/// `summary.md`: the one page leadership reads first. Red flags from every job come
/// first, then each job's section, then the data the period rests on.
enum SummaryDocument {
    static func render(period: Period, jobs: [JobName], inputs: [InputFileReport], outputs: [JobOutput],
                       policy: Policy) -> String {
        var text = "# 博山区镇街工作报表 · \(period.chineseName)\n\n"
        text += "统计期间：\(period.first) 至 \(period.last)；涉及工作："
        text += jobs.map(\.title).joined(separator: "、") + "。\n\n"

        let flags = outputs.flatMap(\.redFlags)
        text += "## 需要关注\n\n"
        text += flags.isEmpty ? "本期未发现需要特别关注的问题。\n\n" : flags.map { "- " + $0 }.joined(separator: "\n") + "\n\n"

        for output in outputs where !output.summarySection.isEmpty {
            text += output.summarySection
            if !text.hasSuffix("\n\n") { text += "\n" }
        }

        text += "## 数据来源\n\n"
        var table = MarkdownTable(columns: [
            MarkdownColumn("文件"), MarkdownColumn("编码"), MarkdownColumn("读取行数", .right),
            MarkdownColumn("采用", .right), MarkdownColumn("拒收", .right), MarkdownColumn("最新日期"),
        ])
        for input in inputs {
            table.append([.text(input.file), .text(input.encoding.rawValue), .text(String(input.rowsRead)),
                          .text(String(input.rowsAccepted)),
                          input.rowsRejected == 0 ? .text("0") : .markdown("[\(input.rowsRejected)](rejects/\(input.file))"),
                          .orEmpty(input.latestDay?.description)])
        }
        text += table.text + "\n"
        text += "拒收的行及原因见 `rejects/` 下同名文件；输入文件的校验值与参数见 `manifest.json`。\n"
        return text
    }
}
