import Foundation

/// Progress of a long run on standard error: rows read and rows per second, on one
/// line that rewrites itself. It is shown when standard error is a terminal, or when
/// asked (`--progress`); it never goes to standard output or into any report.
public final class ReadingProgress: @unchecked Sendable {
    private var file = ""
    private var started = Date()
    private var lastShown = Date.distantPast
    private let isTerminal: Bool

    /// Nil when progress should stay quiet (not a terminal and not forced).
    public static func make(forced: Bool) -> ReadingProgress? {
        let terminal = isatty(STDERR_FILENO) == 1
        return forced || terminal ? ReadingProgress(isTerminal: terminal) : nil
    }

    init(isTerminal: Bool) { self.isTerminal = isTerminal }

    func start(file: String) {
        self.file = file
        started = Date()
        lastShown = .distantPast
    }

    func update(rows: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = now
        emit(rows: rows, now: now)
    }

    func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func emit(rows: Int, now: Date) {
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Int(Double(rows) / seconds)
        let text = "读取 \(file)：\(rows) 行，\(rate) 行/秒"
        FileHandle.standardError.write(Data((isTerminal ? "\r\u{1B}[K" + text : text + "\n").utf8))
    }
}
