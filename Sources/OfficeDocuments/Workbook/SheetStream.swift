import Foundation

/// A sheet's XML on its way to a temporary file. Bytes gather in a buffer that goes to the
/// file with `fwrite` whenever a row takes it past ``flushThreshold``, so a sheet of any
/// length needs the same little memory.
final class SheetStream {
    /// Buffered bytes that make a write to the file worthwhile.
    static let flushThreshold = 1 << 20

    /// The temporary file.
    let url: URL
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []

    /// Creates (or empties) the file at `url`.
    init(url: URL) throws {
        guard let file = fopen(url.path, "wb") else { throw WorkbookWriterError.io(Self.reason(url)) }
        self.url = url
        self.file = file
        buffer.reserveCapacity(Self.flushThreshold + 64 * 1024)
    }

    deinit {
        if let file { fclose(file) }
    }

    /// Appends ASCII or UTF-8 markup as is.
    func write(_ markup: String) {
        buffer.append(contentsOf: markup.utf8)
    }

    /// Appends fixed markup (a literal: no String to walk, the bytes copied at once).
    func write(markup: StaticString) {
        markup.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// Appends bytes as they are.
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Appends bytes as they are.
    func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// Appends UTF-8 `text` as element content (see ``XMLEscaping/appendCellText(bytes:to:)``).
    func write(text: UnsafeBufferPointer<UInt8>) {
        XMLEscaping.appendCellText(bytes: text, to: &buffer)
    }

    /// Appends an integer in decimal.
    func write(decimal value: Int) {
        // A String of up to 15 ASCII bytes is stored inline: no allocation per row.
        buffer.append(contentsOf: String(value).utf8)
    }

    /// Appends `text` as element content (see ``XMLEscaping/appendCellText(_:to:)``).
    func write(text: String) {
        XMLEscaping.appendCellText(text, to: &buffer)
    }

    /// Writes the buffer to the file once it holds ``flushThreshold`` bytes or more.
    func flushIfFull() throws {
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        guard let file else { return }
        self.file = nil
        guard fclose(file) == 0 else { throw WorkbookWriterError.io(Self.reason(url)) }
    }

    private func flush() throws {
        guard let file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else { throw WorkbookWriterError.io(Self.reason(url)) }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func reason(_ url: URL) -> String {
        "\(url.path): \(String(cString: strerror(errno)))"
    }
}
