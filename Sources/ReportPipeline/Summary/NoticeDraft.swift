import OfficeDocuments
import ReportCore
import ReportPublish

/// The draft of the ranking notice (通报) that 109号 四(一) asks for ("按月、季度、半年、全年
/// 评分考核排名并在全区范围内通报"), as `通报.docx` in the GB/T 9704-2012 layout
/// (`DocxWriter`).
///
/// The body is generated from the period: what was assessed, then per job its figures, its
/// ranking table and what falls short (townships behind schedule, failed coal batches and
/// their suppliers, targets missed, overdue tickets), then the requirements. 发文字号,
/// 签发人 and 成文日期 are left as placeholders for the clerk; nothing is dated by the tool.
enum NoticeDraft {
    static let issuer = "博山区人民政府办公室"

    static func notice(period: Period, jobs: [JobName], outputs: [JobOutput]) -> OfficialNotice {
        let parts = outputs.map(\.notice).filter { !$0.isEmpty }
        let subjects = jobs.map(\.title).joined(separator: "、")
        let basis = jobs.map(basisDocument).joined(separator: "、")
        var body: [NoticeBlock] = [.paragraph(
            "根据\(basis)要求，对各镇（街道）\(period.chineseName)\(subjects)工作进行了考核排名，现将有关情况通报如下：")]
        var tableNumber = 0
        for (index, job) in parts.enumerated() {
            for part in job {
                switch part {
                case .heading(let text):
                    body.append(.heading1(ChineseNumeral.ordinal(index + 1) + "、" + text))
                case .paragraph(let text):
                    body.append(.paragraph(text))
                case .table(let table, let caption):
                    tableNumber += 1
                    body.append(.table(noticeTable(table, caption: "表\(tableNumber)  " + caption)))
                }
            }
        }
        body.append(.heading1(ChineseNumeral.ordinal(parts.count + 1) + "、工作要求"))
        body.append(.paragraph("各镇（街道）、各有关部门要对照本通报查找差距，对进度滞后、指标未达标和超期未办结的事项逐项分析原因，"
            + "明确整改责任和时限，确保各项工作按时保质完成。排名靠后的镇（街道）要认真研究改进措施，"
            + "下期考核情况将继续通报。"))
        return OfficialNotice(
            issuer: issuer + "文件",
            documentNumber: "博政办字〔    〕    号",
            signer: "签发人：        ",
            title: "关于\(period.chineseName)全区\(subjects)工作考核情况的通报",
            recipients: "各镇人民政府、街道办事处，开发区管委会，区政府有关部门：",
            body: body,
            signature: issuer,
            date: "\(period.last.year)年  月  日")
    }

    /// The gazette document a job assesses, as the notice cites it.
    static func basisDocument(_ job: JobName) -> String {
        switch job {
        case .coal: return "《博山区民用清洁煤炭和环保节能炉具推广使用工作的实施方案》（博政办字〔2018〕109号）"
        case .food: return "《关于做好全区食品安全工作的通知》（博政办字〔2018〕115号）"
        case .service: return "《关于提升政务服务群众满意度工作实施方案》（博政办字〔2018〕116号）"
        }
    }

    /// A summary table as the notice prints it: plain text cells, figures right-aligned.
    static func noticeTable(_ table: DocumentTable, caption: String) -> NoticeTable {
        let right = Set(table.columns.indices.filter { table.columns[$0].alignment == .right })
        return NoticeTable(caption: caption, columns: table.columns.map(\.title), rightAligned: right,
                           rows: table.rows.map { $0.map(\.richText.description) })
    }
}

/// 一, 二, … 十 for the headings of the notice.
enum ChineseNumeral {
    static func ordinal(_ value: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch value {
        case 0...9: return digits[value]
        case 10: return "十"
        case 11...19: return "十" + digits[value - 10]
        default: return String(value)
        }
    }
}
