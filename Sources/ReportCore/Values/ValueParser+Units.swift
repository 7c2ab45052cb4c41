extension ValueParser {
    /// A decimal number, as `fixedPoint(_:scale:)` reads it, that may repeat its column's
    /// `unit`: `1.5吨`, `1.5 吨`, `120元`, `¥120.00`, `￥ 1,230.00`, `1台`, `27.6分钟`, `52%`.
    ///
    /// The unit is stripped (see `strippingUnit(_:unit:)`), then the number is read by
    /// `fixedPoint(_:scale:)` with all its rules (separators, full-width forms, precision);
    /// its reasons name the whole cell (`精度超过2位小数：1.234元`). A number followed by
    /// another unit is rejected with `.wrongUnit`: `“1.5公斤”的单位不是“吨”`. With `unit`
    /// nil this is `fixedPoint(_:scale:)` exactly.
    ///
    /// Cost: the plain parser runs first; only when it fails is the unit looked for, so a
    /// plain number costs what it costs without a unit.
    public static func fixedPoint(
        _ bytes: UnsafeBufferPointer<UInt8>, scale: Int, unit: ValueUnit?
    ) -> Result<FixedPointValue, ValueError> {
        let plain = fixedPoint(bytes, scale: scale)
        guard case .failure(let plainError) = plain, let unit, plainError.kind != .empty else {
            return plain.map { FixedPointValue(value: $0, hadUnit: false) }
        }
        let text = trimmed(bytes)
        switch strippingUnit(text, unit: unit) {
        case .failure(let error):
            return .failure(error)
        case .success(let stripped) where !stripped.hadUnit:
            return .failure(plainError)
        case .success(let stripped):
            switch fixedPoint(stripped.number, scale: scale) {
            case .success(let value):
                return .success(FixedPointValue(value: value, hadUnit: true))
            case .failure(let error):
                return .failure(ValueError(error.kind, summary: error.summary, bytes: text))
            }
        }
    }

    /// The number of a cell without its column's `unit`, for callers with their own number
    /// parser; `hadUnit` says whether a unit was stripped.
    ///
    /// The cell (after `trimmed(_:)`) is read as an optional prefix, a number and an optional
    /// suffix, with any whitespace (ASCII space or tab, U+3000, NBSP) between them. The number
    /// is a run of digits, signs, points and commas (ASCII or full-width) holding at least one
    /// digit; it is returned unjudged. Then:
    /// - no prefix and no suffix, or a cell of another shape (no digit, a digit outside the
    ///   number: `1 234`, `1e5`, `1.5吨2`), or a prefix that is not one of `unit`'s
    ///   (`$120`, `约1.5吨`): success with `hadUnit` false and the whole trimmed cell, which
    ///   the number parser then judges as it would without a unit;
    /// - an accepted prefix (or none) and a suffix that is one of `unit`'s spellings, or an
    ///   accepted prefix and no suffix: success with the number and `hadUnit` true;
    /// - a suffix that is not one of `unit`'s: failure `.wrongUnit`, `“1.5公斤”的单位不是“吨”`
    ///   — except a single ASCII character right after the number (`0.3O`), a typo that
    ///   the number parser's own reason describes better.
    ///
    /// A sign goes after a currency sign (`¥-5`); `-¥5` is not a number with a unit.
    public static func strippingUnit(
        _ bytes: UnsafeBufferPointer<UInt8>, unit: ValueUnit
    ) -> Result<(number: UnsafeBufferPointer<UInt8>, hadUnit: Bool), ValueError> {
        let text = trimmed(bytes)
        let plain: Result<(number: UnsafeBufferPointer<UInt8>, hadUnit: Bool), ValueError> = .success((text, false))
        var cursor = FoldedCursor(text)

        // Prefix: up to the first number character or whitespace.
        while !cursor.isAtEnd, !isNumberCharacter(cursor.peek().unit), !cursor.nextIsWhitespace() {
            cursor.skip()
        }
        let prefixEnd = cursor.position
        while cursor.consumeWhitespace() {}

        // Number: a run of number characters with at least one digit.
        let numberStart = cursor.position
        var sawDigit = false
        while !cursor.isAtEnd, isNumberCharacter(cursor.peek().unit) {
            if cursor.peekDigit() != nil { sawDigit = true }
            cursor.skip()
        }
        let numberEnd = cursor.position
        guard sawDigit else { return plain }
        while cursor.consumeWhitespace() {}

        // Suffix: the rest, which must hold no digit.
        let suffixStart = cursor.position
        while !cursor.isAtEnd {
            if cursor.peekDigit() != nil { return plain }
            cursor.skip()
        }
        let prefix = UnsafeBufferPointer(rebasing: text[0..<prefixEnd])
        let suffix = UnsafeBufferPointer(rebasing: text[suffixStart...])
        if prefix.isEmpty && suffix.isEmpty { return plain }
        if !prefix.isEmpty, !unit.prefixes.contains(where: { spells(prefix, $0) }) { return plain }
        if !suffix.isEmpty, !unit.suffixes.contains(where: { spells(suffix, $0) }) {
            // One ASCII character glued to the number (`0.3O`, `12x`) is a typo in the
            // number, not another unit: the plain reason says so better.
            if suffix.count == 1 && suffixStart == numberEnd { return plain }
            let summary = "单位不是“\(unit.name)”"
            return .failure(ValueError(.wrongUnit, summary: summary, reason: "“\(ValueError.shown(text))”的" + summary))
        }
        return .success((UnsafeBufferPointer(rebasing: text[numberStart..<numberEnd]), true))
    }

    /// True for the characters (folded to ASCII) a number is made of: digits, `+`, `-`,
    /// `.` and `,`.
    @inline(__always)
    private static func isNumberCharacter(_ unit: UInt8) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || unit == 0x2B || unit == 0x2C || unit == 0x2D || unit == 0x2E
    }

    /// True when `bytes` are exactly `spelling`: its ASCII characters ignoring case and
    /// matching their full-width forms, its other bytes exactly.
    private static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ spelling: [UInt8]) -> Bool {
        var cursor = FoldedCursor(bytes)
        var index = 0
        while index < spelling.count {
            let expected = spelling[index]
            if expected < 0x80 {
                let next = cursor.peek()
                guard next.length > 0, next.unit != 0, lowercased(next.unit) == lowercased(expected) else { return false }
                cursor.skip()
                index += 1
            } else {
                // Compare the rest of this non-ASCII character byte for byte.
                let position = cursor.position
                guard position < bytes.count, bytes[position] == expected else { return false }
                cursor.skipByte()
                index += 1
            }
        }
        return cursor.isAtEnd
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
