/// How wide text is in characters of its own size, for placing lines by hand.
enum TextWidth {
    /// The width of `text` in full-width characters: ASCII and half-width forms count a half,
    /// everything else one (CJK ideographs, full-width punctuation such as `〔` and `：`).
    /// `"2019年  月  日"` is 2 + 1 + 1 + 1 + 1 + 1 = 7.
    static func characters(_ text: String) -> Double {
        var halves = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isHalf = value < 0x80 || (0xFF61...0xFFDC).contains(value) || (0xFFE8...0xFFEE).contains(value)
            halves += isHalf ? 1 : 2
        }
        return Double(halves) / 2
    }
}
