#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The permissions of what a run writes. With personal data in clear (`--unmasked`) every
/// file is 0600 and every folder 0700, so no other account on the server can read names,
/// phone numbers or 户号; otherwise files are 0644 and folders 0755. The modes are set
/// explicitly, whatever the umask, and the manifest records them.
public struct ReportFileModes: Sendable, Equatable {
    public let file: mode_t
    public let folder: mode_t

    public init(privateData: Bool) {
        file = privateData ? 0o600 : 0o644
        folder = privateData ? 0o700 : 0o755
    }

    /// `0600`, as `ls -l` readers and `chmod` write it.
    public static func octal(_ mode: mode_t) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
