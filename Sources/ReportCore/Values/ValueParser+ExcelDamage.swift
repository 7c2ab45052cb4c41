extension ValueParser {
    /// A Chinese reason when an ID or phone cell shows evident damage by Excel (or WPS), nil
    /// otherwise. Such a cell no longer holds the original value, so the row can only be
    /// corrected at the source; the reason says how.
    ///
    /// Recognised, after `trimmed(_:)`:
    /// - scientific notation as Excel writes a long number typed into a General cell:
    ///   one digit 1–9, optionally a point and digits, `E` or `e`, an optional sign and
    ///   digits (`3.70304E+12`, `1.23E+05`, `3.70304e+12`, full-width digits too). The
    ///   mantissa has exactly one digit before the point, as Excel always writes it, so
    ///   codes such as `2018E001` are not mistaken for damage;
    /// - a cell of two or more `#` only (`####`): what Excel shows when the column is too
    ///   narrow for a number or a date is negative, saved as text by some export paths (a
    ///   lone `#` may be typed by hand and is left to the column's own checks);
    /// - an Excel error value: `#VALUE!`, `#REF!`, `#N/A`, `#NAME?`, `#DIV/0!`, `#NUM!`,
    ///   `#NULL!`, `#SPILL!`, `#CALC!`, `#GETTING_DATA` (exactly, in ASCII).
    ///
    /// Cheap: a cell that does not start with a digit or `#` is dismissed after one test, a
    /// plain all-digit ID after its first two characters. Nothing is allocated unless the
    /// cell starts with `#` and is short enough to be an error value, or damage is found.
    public static func excelDamage(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = trimmed(bytes)
        guard let first = text.first else { return nil }
        if first == UInt8(ascii: "#") { return hashDamage(text) }
        guard (first >= 0x30 && first <= 0x39) || first == 0xEF, isScientific(text) else { return nil }
        return "“\(ValueError.shown(text))”是科学计数法：Excel 把编号当成了数字，原值已丢失，请把该列设为文本后重新导出"
    }

    /// True when the all-digit ID `bytes` (after `trimmed(_:)`) is evidently a number that
    /// lost its leading zeros, given the length the column's IDs have (`expectedLength`,
    /// which callers take from the other rows, e.g. the most common length).
    ///
    /// The rule: ASCII digits only, not starting with `0`, and one or two digits shorter
    /// than `expectedLength`. Excel drops the leading zeros of a number (`0012345` becomes
    /// `12345`), and what it writes then never starts with `0`; a shorter ID that does
    /// start with `0`, or one shorter by three or more digits, is a different problem (a
    /// typo, another numbering), not this one. Full-width digits are not considered: Excel
    /// writes the numbers it converted in ASCII.
    public static func strippedLeadingZeros(_ bytes: UnsafeBufferPointer<UInt8>, expectedLength: Int) -> Bool {
        let text = trimmed(bytes)
        let missing = expectedLength - text.count
        guard missing == 1 || missing == 2, let first = text.first, first != UInt8(ascii: "0") else { return false }
        return text.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The reason for a cell starting with `#`, or nil when it is not Excel's.
    private static func hashDamage(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        if text.count >= 2, text.allSatisfy({ $0 == UInt8(ascii: "#") }) {
            return "“\(ValueError.shown(text))”是 Excel 的显示占位符：列宽不够或日期为负数时 Excel 显示 ####，"
                + "导出的文件里没有原值，请调宽该列（或改正日期）后重新导出"
        }
        guard text.count <= 13 else { return nil }  // #GETTING_DATA, the longest
        let value = String(decoding: text, as: UTF8.self)
        guard let meaning = excelErrorValues[value] else { return nil }
        return "“\(value)”是 Excel 的错误值（\(meaning)）：导出的文件里没有原值，请在表格里改正后重新导出"
    }

    /// Excel's error values and what each means.
    private static let excelErrorValues: [String: String] = [
        "#VALUE!": "公式里的值类型不对",
        "#REF!": "公式引用的单元格已被删除",
        "#N/A": "查找不到值",
        "#NAME?": "公式里有无法识别的名称",
        "#DIV/0!": "除数为零",
        "#NUM!": "数值无效",
        "#NULL!": "引用的区域不相交",
        "#SPILL!": "公式结果无处溢出",
        "#CALC!": "公式无法计算",
        "#GETTING_DATA": "数据尚未取回",
    ]

    /// One digit 1–9, optionally `.` and digits, `E`/`e`, an optional sign, one or more
    /// digits, and nothing else (ASCII or full-width).
    private static func isScientific(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = FoldedCursor(text)
        guard let lead = cursor.peekDigit(), lead != 0 else { return false }
        cursor.skip()
        if cursor.consume(UInt8(ascii: ".")) {
            while cursor.peekDigit() != nil { cursor.skip() }
        }
        guard cursor.consume(UInt8(ascii: "E")) || cursor.consume(UInt8(ascii: "e")) else { return false }
        if !cursor.consume(UInt8(ascii: "+")) { _ = cursor.consume(UInt8(ascii: "-")) }
        guard cursor.peekDigit() != nil else { return false }
        while cursor.peekDigit() != nil { cursor.skip() }
        return cursor.isAtEnd
    }
}
