extension ValueParser {
    /// The largest magnitude `fixedPoint` accepts, in units of 10^-scale: 10^15.
    ///
    /// Far above any real quantity (10^15 fen is ten trillion yuan) and far below
    /// `Int64.max`, so parsing never traps. Sums over many rows need tighter bounds per
    /// column: the export schemas apply them (`ExportLimits` in ReportInputs).
    public static var fixedPointLimit: Int64 { 1_000_000_000_000_000 }

    /// A decimal number as an exact integer scaled by 10^`scale`: tons with scale 3 give
    /// kilograms, yuan with scale 2 give fen (`"1,234.5"` → 123450).
    ///
    /// Accepted: surrounding whitespace; one leading `+` or `-` (also `＋`, `－`); ASCII or
    /// full-width digits; `.` or `．` as the decimal point, with digits on at least one side
    /// (`.5` and `5.` are accepted); thousands separators `,` or `，` between groups of three
    /// digits of the integer part, the first group being 1–3 digits not starting with 0;
    /// fractional digits beyond `scale` only when they are all zeros (`1.230` as yuan).
    ///
    /// Rejected, with a reason: empty; letters, exponents (`1e308`), `NaN`, `inf`, `--5`, a
    /// lone sign or point, inner spaces; misplaced separators (`1,23`, `1234,567`, `0,5`);
    /// more precision than `scale`; a magnitude above `fixedPointLimit` after scaling. Never
    /// traps on overflow. `scale` must be in 0...18.
    public static func fixedPoint(_ bytes: UnsafeBufferPointer<UInt8>, scale: Int) -> Result<Int64, ValueError> {
        precondition((0...18).contains(scale), "fixedPoint scale must be in 0...18")
        let text = trimmed(bytes)
        if text.isEmpty { return .failure(ValueError(.empty, summary: "数值为空")) }
        var cursor = FoldedCursor(text)
        let negative = cursor.consume(UInt8(ascii: "-"))
        if !negative { _ = cursor.consume(UInt8(ascii: "+")) }

        var value = Accumulator()

        // Integer part, with optional thousands separators.
        var integerDigits = 0, groupDigits = 0
        var sawSeparator = false, leadingZero = false
        while true {
            if let digit = cursor.peekDigit() {
                if integerDigits == 0 { leadingZero = digit == 0 }
                value.append(digit)
                integerDigits += 1
                groupDigits += 1
                cursor.skip()
            } else if cursor.nextIs(UInt8(ascii: ",")) {
                let firstGroupBad = !sawSeparator && (groupDigits == 0 || groupDigits > 3 || leadingZero)
                if firstGroupBad || (sawSeparator && groupDigits != 3) {
                    return .failure(misplacedSeparator(text))
                }
                sawSeparator = true
                groupDigits = 0
                cursor.skip()
            } else {
                break
            }
        }
        if sawSeparator && groupDigits != 3 { return .failure(misplacedSeparator(text)) }

        // Fractional part: digits beyond `scale` must be zeros.
        var fractionDigits = 0
        var tooPrecise = false
        if cursor.consume(UInt8(ascii: ".")) {
            while let digit = cursor.peekDigit() {
                fractionDigits += 1
                if fractionDigits <= scale {
                    value.append(digit)
                } else if digit != 0 {
                    tooPrecise = true
                }
                cursor.skip()
            }
            if cursor.nextIs(UInt8(ascii: ",")) {
                return .failure(misplacedSeparator(text))
            }
        }

        guard cursor.isAtEnd, integerDigits + fractionDigits > 0 else {
            return .failure(ValueError(.invalidNumber, summary: "不是有效的数字", bytes: text))
        }
        if tooPrecise {
            let summary = scale == 0 ? "不是整数" : "精度超过\(scale)位小数"
            return .failure(ValueError(.tooManyDecimals, summary: summary, bytes: text))
        }
        var missingDigits = scale - min(fractionDigits, scale)
        while missingDigits > 0 {
            value.append(0)
            missingDigits -= 1
        }
        if value.overflow { return .failure(ValueError(.outOfRange, summary: "数值超出范围", bytes: text)) }
        return .success(negative ? -value.value : value.value)
    }

    /// A whole number: `fixedPoint` with scale 0, so `"3.0"` is 3 and `"3.5"` is rejected.
    public static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Int64, ValueError> {
        fixedPoint(bytes, scale: 0)
    }

    /// Digits accumulated into an integer that stops growing, flagged, past the limit.
    private struct Accumulator {
        var value: Int64 = 0
        var overflow = false

        mutating func append(_ digit: Int) {
            guard !overflow else { return }
            value = value * 10 + Int64(digit)
            if value > ValueParser.fixedPointLimit { overflow = true }
        }
    }

    private static func misplacedSeparator(_ text: UnsafeBufferPointer<UInt8>) -> ValueError {
        ValueError(.misplacedSeparator, summary: "千位分隔符位置不对", bytes: text)
    }
}
