import ReportCore

/// The day with these components; traps on a typo in a test's own literal.
func date(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day)!
}

extension Result {
    /// The success value, or nil.
    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }

    /// The failure, or nil.
    var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// Runs `body` on `bytes` as the byte parsers see them (for malformed UTF-8 and the like).
func withBuffer<R>(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    bytes.withUnsafeBufferPointer(body)
}

