#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who holds `<out>/.lock`, as the holder wrote it into the file: its pid, host and start
/// time, one `key=value` per line. A second run names them, so that an operator can tell a
/// run still working from a stuck one (and which machine to look on, for a shared mount).
public struct LockHolder: Sendable, Equatable, CustomStringConvertible {
    public var pid: Int32
    public var host: String?
    /// Local time with its offset, `2019-01-01T02:30:04+0800`.
    public var started: String?

    public init(pid: Int32, host: String? = nil, started: String? = nil) {
        self.pid = pid
        self.host = host
        self.started = started
    }

    /// This process, now.
    static func current() -> LockHolder {
        var name = [CChar](repeating: 0, count: 256)
        let host = gethostname(&name, name.count - 1) == 0 ? String(cString: name) : nil
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var text = [CChar](repeating: 0, count: 64)
        let length = strftime(&text, text.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
        return LockHolder(pid: getpid(), host: host, started: length > 0 ? String(cString: text) : nil)
    }

    /// The lock file's text.
    var fileText: String {
        var lines = ["pid=\(pid)"]
        if let host { lines.append("host=\(host)") }
        if let started { lines.append("started=\(started)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads the file's text: this format, or an older file holding only the pid.
    static func parse(_ text: String) -> LockHolder? {
        var values: [Substring: Substring] = [:]
        for line in text.split(separator: "\n") {
            if let equals = line.firstIndex(of: "=") {
                values[line[..<equals]] = line[line.index(after: equals)...]
            } else if values["pid"] == nil {
                values["pid"] = line
            }
        }
        guard let pidText = values["pid"], let pid = Int32(pidText.filter { !$0.isWhitespace }) else { return nil }
        return LockHolder(pid: pid, host: values["host"].map(String.init), started: values["started"].map(String.init))
    }

    /// `进程 4711，主机 srv-1，开始于 2019-01-01T02:30:04+0800`.
    public var description: String {
        var parts = ["进程 \(pid)"]
        if let host { parts.append("主机 \(host)") }
        if let started { parts.append("开始于 \(started)") }
        return parts.joined(separator: "，")
    }
}

