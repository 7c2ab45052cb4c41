import Foundation

/// Progress of a long run on standard error: which phase is running (reading, computing,
/// writing), and while a file is read, the share of its bytes done, rows, rows per second
/// and the time left, on one line that rewrites itself on a terminal. The run ends with a
/// summary line of rows, seconds and rows per second.
///
/// It is shown when standard error is a terminal, or when asked (`--progress`: one line
/// per update, for logs); it never goes to standard output or into any report. Updates
/// come at most every half second, from the thread reading the file's first part.
public final class ReadingProgress: @unchecked Sendable {
    private let isTerminal: Bool
    private let write: (String) -> Void
    private let clock: () -> Double
    private let runStarted: Double
    private var file = ""
    private var fileBytes = 0
    private var fileStarted = 0.0
    private var lastShown = -Double.infinity
    private var readingSeconds = 0.0
    /// When each announced phase began, in order.
    private var phaseStarts: [Double] = []

    /// Nil when progress should stay quiet (not a terminal and not forced).
    public static func make(forced: Bool) -> ReadingProgress? {
        let terminal = isatty(STDERR_FILENO) == 1
        guard forced || terminal else { return nil }
        return ReadingProgress(isTerminal: terminal,
                               write: { FileHandle.standardError.write(Data($0.utf8)) },
                               clock: { Date().timeIntervalSinceReferenceDate })
    }

    /// - Parameters:
    ///   - write: receives the text to print (tests collect it).
    ///   - clock: seconds, monotonic enough for rates (tests step it).
    init(isTerminal: Bool, write: @escaping (String) -> Void, clock: @escaping () -> Double) {
        self.isTerminal = isTerminal
        self.write = write
        self.clock = clock
        runStarted = clock()
    }

    /// Announces a phase: `阶段 1/3：读取输入`.
    public func phase(_ number: Int, of count: Int, _ name: String) {
        phaseStarts.append(clock())
        emitLine("阶段 \(number)/\(count)：\(name)")
    }

    /// A file of `bytes` bytes starts being read (for an export folder read at once, the
    /// folder's total).
    func start(file: String, bytes: Int) {
        self.file = file
        fileBytes = bytes
        fileStarted = clock()
        lastShown = -Double.infinity
    }

    /// `rows` read and `bytes` done so far in the current file.
    func update(rows: Int, bytes: Int) {
        let now = clock()
        guard now - lastShown >= 0.5 else { return }
        lastShown = now
        let text = ProgressLine.reading(file: file, rows: rows, bytes: bytes, totalBytes: fileBytes,
                                        seconds: now - fileStarted)
        if isTerminal { write("\r\u{1B}[K" + text) } else { write(text + "\n") }
    }

    /// The current file is done.
    func finish() {
        readingSeconds += clock() - fileStarted
        if isTerminal { write("\r\u{1B}[K") }
    }

    /// The last line: `完成：读取 2006000 行，用时 3.2 秒（读取 2.1 秒），每秒 626875 行`.
    public func summary(rows: Int) {
        let now = clock()
        let phases = phaseStarts.indices.map { (phaseStarts.indices.contains($0 + 1) ? phaseStarts[$0 + 1] : now) - phaseStarts[$0] }
        emitLine(ProgressLine.summary(rows: rows, seconds: now - runStarted, readingSeconds: readingSeconds, phases: phases))
    }

    private func emitLine(_ text: String) {
        write((isTerminal ? "\r\u{1B}[K" : "") + text + "\n")
    }

    /// The size of the file at `path` in bytes, 0 when it cannot be told.
    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
    }
}

/// The text of the progress lines, apart from when and where they are printed.
enum ProgressLine {
    /// `读取 service_tickets.csv：45%（122.0/271.3 MB），812345 行，每秒 406172 行，预计还需 2 秒`.
    /// Without a known size (a pipe) the share and the time left are left out; the time
    /// left is shown once a second has passed, and the share never reads 100% before the end.
    static func reading(file: String, rows: Int, bytes: Int, totalBytes: Int, seconds: Double) -> String {
        var parts = ["读取 \(file)："]
        if totalBytes > 0 {
            let done = min(bytes, totalBytes)
            let percent = min(done * 100 / totalBytes, 99)
            parts[0] += "\(percent)%（\(megabytes(done))/\(megabytes(totalBytes)) MB），"
        }
        parts[0] += "\(rows) 行"
        let elapsed = max(seconds, 0.001)
        parts.append("每秒 \(perSecond(rows, elapsed)) 行")
        if totalBytes > 0, bytes > 0, seconds >= 1 {
            let left = elapsed * Double(max(totalBytes - bytes, 0)) / Double(bytes)
            parts.append("预计还需 \(duration(left))")
        }
        return parts.joined(separator: "，")
    }

    static func summary(rows: Int, seconds: Double, readingSeconds: Double, phases: [Double] = []) -> String {
        let elapsed = max(seconds, 0.001)
        // Where a slow run spends its time, for the operator and the benchmark: `各阶段 1.6 / 0.1 / 0.3 秒`.
        let perPhase = phases.isEmpty ? "" : "；各阶段 " + phases.map(tenths).joined(separator: " / ") + " 秒"
        return "完成：读取 \(rows) 行，用时 \(tenths(elapsed)) 秒（读取 \(tenths(readingSeconds)) 秒），"
            + "每秒 \(perSecond(rows, elapsed)) 行" + perPhase
    }

    /// Whole rows per second; the nudge keeps 400 rows in 2.000…01 s at 200, not 199.
    private static func perSecond(_ rows: Int, _ seconds: Double) -> Int {
        Int((Double(rows) / seconds + 1e-6).rounded(.down))
    }

    /// `45 秒`, `3 分 05 秒`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        guard whole >= 60 else { return "\(whole) 秒" }
        let rest = whole % 60
        return "\(whole / 60) 分 \(rest < 10 ? "0" : "")\(rest) 秒"
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenthsOfMB = bytes * 10 / 1_000_000
        return "\(tenthsOfMB / 10).\(tenthsOfMB % 10)"
    }

    private static func tenths(_ seconds: Double) -> String {
        let value = Int((seconds * 10).rounded())
        return "\(value / 10).\(value % 10)"
    }
}
