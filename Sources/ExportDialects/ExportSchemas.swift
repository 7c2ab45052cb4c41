/// What a rewrite does with a column's values.
enum ColumnRole: Equatable {
    case text
    /// Tons (`1.5吨`), summed in 合计.
    case tons
    /// Stoves (`1台`), summed in 合计.
    case count
    /// Yuan (`120元`, `¥1,230.00`); `summed` for 总金额, not for a unit price.
    case money(summed: Bool)
    /// A service time `yyyy-MM-dd HH:mm` (→ `yyyy-MM-ddTHH:mm:00`).
    case dateTime

    var summed: Bool {
        switch self {
        case .tons, .count, .money(summed: true): return true
        default: return false
        }
    }
}

/// A known column: its Chinese header, its English alias (SPEC §2.2), its role.
struct ExportColumn {
    let chinese: String
    let alias: String
    let role: ColumnRole

    init(_ chinese: String, _ alias: String, _ role: ColumnRole = .text) {
        self.chinese = chinese
        self.alias = alias
        self.role = role
    }
}

/// A known export: the columns of SPEC §2.2 and what its Excel form says above the header.
struct ExportSchema {
    let file: String
    /// The title row of the Excel form.
    let title: String
    /// The office that fills the form (填报单位).
    let office: String
    let columns: [ExportColumn]

    /// The date written on every form: the exports are taken as of 2019-01-08.
    static let reportDate = "2019年1月8日"

    /// The schema of `file` (`coal_deliveries.csv`), or a generic one for an unknown export.
    static func named(_ file: String) -> ExportSchema {
        if let known = all.first(where: { $0.file == file }) { return known }
        let stem = file.hasSuffix(".csv") ? String(file.dropLast(4)) : file
        return ExportSchema(file: file, title: stem, office: "博山区人民政府办公室", columns: [])
    }

    /// The column a header cell names (Chinese or alias, brackets and spaces folded).
    func column(named header: String) -> ExportColumn? {
        let key = Self.key(header)
        return columns.first { Self.key($0.chinese) == key || Self.key($0.alias) == key }
    }

    /// The header in the other language: alias for a Chinese name, Chinese for an alias;
    /// unknown headers stay as they are.
    func translated(_ header: String) -> String {
        guard let column = column(named: header) else { return header }
        return Self.key(header) == Self.key(column.alias) ? column.chinese : column.alias
    }

    /// The comparison form of a header: spaces removed, full-width brackets half-width, ASCII
    /// lower case.
    static func key(_ header: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in header.unicodeScalars {
            switch scalar {
            case " ", "\t", "\u{3000}", "\u{00A0}", "\u{FEFF}": continue
            case "（": scalars.append("(")
            case "）": scalars.append(")")
            case "A"..."Z": scalars.append(Unicode.Scalar(scalar.value + 32)!)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static let household: [ExportColumn] = [
        ExportColumn("登记编号", "record_id"), ExportColumn("镇街", "township"),
        ExportColumn("村居", "village"), ExportColumn("户号", "household_id"),
        ExportColumn("购买人", "buyer"), ExportColumn("联系电话", "phone"),
    ]

    static let all: [ExportSchema] = [
        ExportSchema(file: "coal_deliveries.csv", title: "博山区清洁煤炭配送登记表", office: "博山区发展和改革局",
                     columns: household + [
                        ExportColumn("煤炭品种", "coal_type"), ExportColumn("批号", "batch"),
                        ExportColumn("购买数量(吨)", "tons", .tons),
                        ExportColumn("购买单价(元)", "unit_price", .money(summed: false)),
                        ExportColumn("总金额(元)", "amount", .money(summed: true)),
                        ExportColumn("配送企业", "company"), ExportColumn("配送人", "courier"),
                        ExportColumn("配送日期", "date"),
                     ]),
        ExportSchema(file: "stove_installs.csv", title: "博山区节能环保炉具安装登记表", office: "博山区发展和改革局",
                     columns: household + [
                        ExportColumn("炉具型号", "model"),
                        ExportColumn("购买数量(台)", "count", .count),
                        ExportColumn("购买单价(元)", "unit_price", .money(summed: false)),
                        ExportColumn("总金额(元)", "amount", .money(summed: true)),
                        ExportColumn("配送企业", "company"), ExportColumn("安装人", "installer"),
                        ExportColumn("安装日期", "date"),
                     ]),
        ExportSchema(file: "coal_quality.csv", title: "博山区洁净煤逐批抽检结果登记表", office: "博山区市场监督管理局",
                     columns: [
                        ExportColumn("批号", "batch"), ExportColumn("供应企业", "supplier"),
                        ExportColumn("煤炭品种", "coal_type"), ExportColumn("抽检日期", "date"),
                        ExportColumn("全硫St,d(%)", "sulfur"), ExportColumn("灰分Ad(%)", "ash"),
                        ExportColumn("挥发分Vdaf(%)", "volatile"), ExportColumn("发热量Qnet,ar(MJ/kg)", "heat"),
                        ExportColumn("全水分Mt(%)", "moisture"),
                     ]),
        ExportSchema(file: "food_inspections.csv", title: "博山区食品安全监督检查登记表", office: "博山区市场监督管理局",
                     columns: [
                        ExportColumn("检查编号", "inspection_id"), ExportColumn("主体编号", "entity_id"),
                        ExportColumn("镇街", "township"), ExportColumn("检查方式", "method"),
                        ExportColumn("检查日期", "date"), ExportColumn("抽检结果", "result"),
                        ExportColumn("不合格项目", "failed_items"), ExportColumn("处置状态", "disposal"),
                        ExportColumn("处置日期", "disposal_date"), ExportColumn("信息公布", "published"),
                        ExportColumn("量化等级", "grade"), ExportColumn("检查人员", "inspectors"),
                     ]),
        ExportSchema(file: "service_tickets.csv", title: "博山区政务服务大厅办件登记表", office: "博山区行政审批服务局",
                     columns: [
                        ExportColumn("办件编号", "ticket_id"), ExportColumn("受理大厅", "hall"),
                        ExportColumn("镇街", "township"), ExportColumn("部门", "department"),
                        ExportColumn("事项编码", "item_code"), ExportColumn("办理渠道", "channel"),
                        ExportColumn("受理时间", "received_at", .dateTime),
                        ExportColumn("办结时间", "completed_at", .dateTime),
                        ExportColumn("办理环节数", "steps"), ExportColumn("跑动次数", "visits"),
                        ExportColumn("评价", "rating"), ExportColumn("等候时长(分钟)", "wait_minutes"),
                        ExportColumn("特殊环节(工作日)", "suspended_days"),
                     ]),
    ]
}
