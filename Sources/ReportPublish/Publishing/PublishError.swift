#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system operation the publisher performs, named in Chinese in error messages.
public enum FileOperation: String, Sendable, Hashable {
    /// Creating a folder.
    case createDirectory = "创建文件夹"
    /// Creating or opening a file.
    case open = "打开"
    /// Writing bytes to a file.
    case write = "写入"
    /// Flushing a file or folder to disk.
    case sync = "同步到磁盘"
    /// Renaming a file or folder.
    case rename = "重命名"
    /// Atomically exchanging two folders.
    case exchange = "原子交换"
    /// Deleting a file or folder.
    case remove = "删除"
    /// Listing a folder.
    case list = "读取文件夹"
    /// Taking the run lock.
    case lock = "加锁"
    /// Inspecting a path.
    case stat = "查看"
}

/// Why publishing (or locking) failed. Every description is one Chinese sentence that
/// names the path involved and, for system errors, the errno text.
public enum PublishError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another run holds the lock on the same output folder. `holder` is what the holder
    /// wrote into the lock file (pid, host, start time), when it could be read.
    case locked(path: String, holder: LockHolder?)
    /// A report folder name that is empty, contains `/` or NUL, is `..`, or starts with `.`.
    case invalidName(String)
    /// A bundle path that is absolute, empty, has an empty, `.` or `..` component, or contains NUL.
    case invalidRelativePath(String)
    /// A bundle path that was already added, or that is both a file and a folder of another path.
    case conflictingPath(String)
    /// A system call failed: what was being done, on which path, and errno.
    case io(operation: FileOperation, path: String, errno: Int32)

    /// The message for the log line and the terminal, in Chinese.
    public var description: String {
        switch self {
        case .locked(let path, let holder):
            let holder = holder.map { "（\($0)）" } ?? ""
            return "另一个运行\(holder)正在使用输出文件夹，本次退出；锁文件：\(path)"
        case .invalidName(let name):
            return "报告文件夹名无效：“\(name)”（不能为空、不能含 “/” 或 “..”、不能以 “.” 开头）"
        case .invalidRelativePath(let path):
            return "报告文件路径无效：“\(path)”（必须是相对路径，不能含空段、“.”、“..” 或 NUL）"
        case .conflictingPath(let path):
            return "报告文件路径重复或与文件夹冲突：“\(path)”"
        case .io(let operation, let path, let code):
            return "无法\(operation.rawValue)：\(path)：\(Self.errnoText(code))（errno \(code)）"
        }
    }

    /// `strerror` text for an errno value.
    static func errnoText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "未知错误" }
        return String(cString: text)
    }
}
