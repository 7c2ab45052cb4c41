/// Reads a Chinese capital amount back into fen: a reference for round-trip tests, written
/// independently of `Fen.chineseCapital` (it accumulates by unit instead of by section).
/// Nil for a character it does not know.
func fenFromChineseCapital(_ text: String) -> Int64? {
    let digits: [Character: Int64] = ["零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9]
    var body = Substring(text)
    var sign: Int64 = 1
    if body.hasPrefix("负") {
        sign = -1
        body = body.dropFirst()
    }
    var aboveYi: Int64 = 0, aboveWan: Int64 = 0, section: Int64 = 0, digit: Int64 = 0
    var yuan: Int64 = 0, fen: Int64 = 0
    for character in body {
        if let value = digits[character] {
            digit = value
            continue
        }
        switch character {
        case "拾": section += digit * 10; digit = 0
        case "佰": section += digit * 100; digit = 0
        case "仟": section += digit * 1_000; digit = 0
        case "万": aboveWan = (aboveWan + section + digit) * 10_000; section = 0; digit = 0
        case "亿": aboveYi = (aboveYi + aboveWan + section + digit) * 100_000_000; aboveWan = 0; section = 0; digit = 0
        case "元": yuan = aboveYi + aboveWan + section + digit; digit = 0
        case "角": fen += digit * 10; digit = 0
        case "分": fen += digit; digit = 0
        case "整": break
        default: return nil
        }
    }
    return sign * (yuan * 100 + fen)
}
