/// A line of the rewritten file and, for a data record, the source line it comes from.
struct OutputRow {
    var fields: [Field]
    var origin: Int?
}

/// The `excel-form` layout around a header and its records (SPEC §2: title rows, 序号,
/// trailing empty columns, 合计).
enum ExcelForm {
    /// Title row, 填报 row, an empty row, the header with 序号, the numbered records, and a
    /// 合计 row when a column of `schema` is summed (label in the first data column that is not
    /// summed, sums of the cells as they were before `typed`). Every line has the same number of cells:
    /// 序号, the widest record (at least the header), and two empty ones.
    static func layout(header: [Field], rows: [Row], schema: ExportSchema) -> [OutputRow] {
        let data = max(header.count, rows.map(\.fields.count).max() ?? 0, 1)
        let width = 1 + data + 2
        func padded(_ cells: [Field]) -> [Field] { cells + Array(repeating: .empty, count: width - cells.count) }

        var out: [OutputRow] = []
        out.append(OutputRow(fields: padded([Field(schema.title)]), origin: nil))
        var filler = padded([Field("填报单位：" + schema.office)])
        filler[3] = Field("填报日期：" + ExportSchema.reportDate)
        out.append(OutputRow(fields: filler, origin: nil))
        out.append(OutputRow(fields: padded([]), origin: nil))
        out.append(OutputRow(fields: padded([Field("序号")] + header), origin: nil))
        for (index, row) in rows.enumerated() {
            out.append(OutputRow(fields: padded([Field(String(index + 1))] + row.fields), origin: row.line))
        }

        let summed = header.indices.filter { schema.column(named: header[$0].string ?? "")?.role.summed == true }
        if !summed.isEmpty && !rows.isEmpty {
            var total = padded([.empty])
            // The label goes in the first data column, or the first one not summed.
            total[1 + (header.indices.first { !summed.contains($0) } ?? 0)] = Field("合计")
            for column in summed {
                var sum = DecimalSum()
                for row in rows where column < row.plain.count {
                    if let value = row.plain[column].string { sum.add(value) }
                }
                total[1 + column] = Field(sum.text)
            }
            out.append(OutputRow(fields: total, origin: nil))
        }
        return out
    }
}

/// An exact sum of decimal cells, as Excel's SUM over a column: cells that are numbers count
/// (`1.5`, `-0.75`, `1,230.00`, spaces around them), text cells (`两吨`, `８５０`, empty) do not.
struct DecimalSum {
    private var units = 0
    private var scale = 0

    /// Adds `value` when it is a number.
    mutating func add(_ value: String) {
        guard let (number, decimals) = Self.parse(value) else { return }
        if decimals > scale {
            units *= Self.power(decimals - scale)
            scale = decimals
        }
        units += number * Self.power(scale - decimals)
    }

    /// The sum with as many decimals as the most precise cell: `2.5` + `0.75` → `3.25`.
    var text: String {
        let magnitude = units.magnitude
        let divisor = UInt(Self.power(scale))
        var digits = String(magnitude / divisor)
        if scale > 0 {
            let fraction = String(magnitude % divisor)
            digits += "." + String(repeating: "0", count: scale - fraction.count) + fraction
        }
        return (units < 0 ? "-" : "") + digits
    }

    static func power(_ exponent: Int) -> Int { (0..<exponent).reduce(1) { value, _ in value * 10 } }

    /// `[-]d+(.d+)?` or with thousands groups `[-]d{1,3}(,ddd)+(.d+)?`, ASCII spaces around.
    static func parse(_ value: String) -> (Int, Int)? {
        var text = Substring(value)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        let negative = text.first == "-"
        if negative { text.removeFirst() }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let integer = pieces.first else { return nil }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard pieces.count == 1 || (!fraction.isEmpty && fraction.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }),
              groups.joined().count + fraction.count <= 17,
              let number = Int(groups.joined() + fraction) else { return nil }
        return (negative ? -number : number, fraction.count)
    }
}
