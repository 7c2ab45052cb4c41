/// A run of text with the little inline structure the reports use: plain text, strong
/// figures and links to the report files beside the summary. Built once and rendered to
/// Markdown, HTML and Word alike, so no format's escaping leaks into another.
///
/// ```swift
/// let line: RichText = "办结 \(strong: "1 234") 件，见 \(link: "service/overdue.csv")"
/// ```
/// Interpolated `String`s are plain text (names from the inputs stay literal in every
/// format); `strong:` and `link:` add structure.
public struct RichText: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// One piece of the text.
    public enum Run: Sendable, Hashable {
        case text(String)
        /// A figure or phrase to stand out (bold).
        case strong(String)
        /// A link to a file of the period folder, by relative path (`coal/anomalies.csv`).
        case link(text: String, path: String)
    }

    public private(set) var runs: [Run]

    public init(_ runs: [Run] = []) {
        self.runs = runs
    }

    public init(stringLiteral value: String) {
        runs = value.isEmpty ? [] : [.text(value)]
    }

    public init(stringInterpolation: Interpolation) {
        runs = stringInterpolation.runs
    }

    /// Plain text.
    public static func plain(_ text: String) -> RichText { RichText(text.isEmpty ? [] : [.text(text)]) }

    /// Strong text.
    public static func strong(_ text: String) -> RichText { RichText([.strong(text)]) }

    /// A link to `path`, showing `text` (the path itself when nil).
    public static func link(_ path: String, text: String? = nil) -> RichText { RichText([.link(text: text ?? path, path: path)]) }

    /// Appends `other`'s runs.
    public static func + (lhs: RichText, rhs: RichText) -> RichText { RichText(lhs.runs + rhs.runs) }

    public static func += (lhs: inout RichText, rhs: RichText) { lhs.runs += rhs.runs }

    /// The runs of `parts` with `separator` between them.
    public static func joined(_ parts: [RichText], separator: String) -> RichText {
        var result = RichText()
        for (index, part) in parts.enumerated() {
            if index > 0 { result += .plain(separator) }
            result += part
        }
        return result
    }

    /// True when there is no text at all.
    public var isEmpty: Bool { runs.allSatisfy { run in
        switch run {
        case .text(let text), .strong(let text), .link(let text, _): return text.isEmpty
        }
    } }

    /// The text without structure (what a reader sees, links shown by their text).
    public var description: String {
        runs.map { run in
            switch run {
            case .text(let text), .strong(let text), .link(let text, _): return text
            }
        }.joined()
    }

    /// Builds a `RichText` from a string literal with `\(strong:)` and `\(link:)` parts.
    public struct Interpolation: StringInterpolationProtocol {
        var runs: [Run] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { appendText(literal) }

        /// Plain text (taken literally in every format).
        public mutating func appendInterpolation(_ text: String) { appendText(text) }

        /// A number, a day or another value as plain text.
        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            appendText(value.description)
        }

        /// Strong text.
        public mutating func appendInterpolation(strong text: String) { runs.append(.strong(text)) }

        /// A number as strong text.
        public mutating func appendInterpolation(strong value: Int) { runs.append(.strong(String(value))) }

        /// A link to a report file, shown as its path unless `text` is given.
        public mutating func appendInterpolation(link path: String, text: String? = nil) {
            runs.append(.link(text: text ?? path, path: path))
        }

        /// Another rich text, inline.
        public mutating func appendInterpolation(_ rich: RichText) { runs += rich.runs }

        private mutating func appendText(_ text: String) {
            guard !text.isEmpty else { return }
            if case .text(let previous)? = runs.last {
                runs[runs.count - 1] = .text(previous + text)
            } else {
                runs.append(.text(text))
            }
        }
    }
}
