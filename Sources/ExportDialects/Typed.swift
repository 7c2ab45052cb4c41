/// A data record on its way out: the cells to write, the cells as they were (for 合计 sums),
/// and the source line it started on.
struct Row {
    var fields: [Field]
    var plain: [Field]
    var line: Int
}

/// The `typed` dialect: units, currency signs and ISO times on values that are plain, with
/// some values surrounded by U+3000 or U+00A0. Alternations run through a file in record
/// order, so the same source always gives the same bytes.
struct TypedValues {
    private var tons = 0, money = 0, typed = 0, padded = 0

    /// `rows` with their values typed, by the roles of their columns.
    mutating func apply(to rows: [Row], roles: [ColumnRole]) -> [Row] {
        rows.map { row in
            var row = row
            for index in row.fields.indices where index < roles.count {
                if let typed = retype(row.fields[index], role: roles[index]) { row.fields[index] = typed }
            }
            return row
        }
    }

    /// The typed form of `field`, or nil when it is left alone.
    mutating func retype(_ field: Field, role: ColumnRole) -> Field? {
        guard let value = field.string, !value.isEmpty else { return nil }
        var text: String
        switch role {
        case .text:
            return nil
        case .tons:
            guard Self.isPlainNumber(value) else { return nil }
            tons += 1
            text = value + (tons % 2 == 1 ? "吨" : " 吨")
        case .count:
            guard Self.isPlainNumber(value) else { return nil }
            text = value + "台"
        case .money:
            guard Self.isPlainNumber(value) else { return nil }
            money += 1
            text = money % 2 == 1 ? value + "元" : "¥" + Self.grouped(value)
        case .dateTime:
            guard Self.isPlainDateTime(value) else { return nil }
            text = String(value.prefix(10)) + "T" + String(value.suffix(5)) + ":00"
        }
        typed += 1
        if typed % 5 == 0 {
            padded += 1
            let space = padded % 2 == 1 ? "\u{3000}" : "\u{00A0}"
            text = space + text + space
        }
        return field.replacing(with: text)
    }

    /// `\d+(\.\d+)?` in ASCII, nothing around it.
    static func isPlainNumber(_ value: String) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// `yyyy-MM-dd HH:mm` exactly, ASCII digits.
    static func isPlainDateTime(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        let shape = Array("0000-00-00 00:00".utf8)
        guard bytes.count == shape.count else { return false }
        return zip(bytes, shape).allSatisfy { byte, pattern in
            pattern == 0x30 ? (byte >= 0x30 && byte <= 0x39) : byte == pattern
        }
    }

    /// A plain number with thousands separators in its integer part: `1230.00` → `1,230.00`;
    /// below 1000 it is unchanged.
    static func grouped(_ value: String) -> String {
        let integer = value.prefix { $0 != "." }
        let rest = value.dropFirst(integer.count)
        var out = ""
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out + rest
    }
}
