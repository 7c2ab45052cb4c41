/// One cell: its text (UTF-8) and, when read from a file, its bytes as they were there.
struct Field: Equatable {
    /// The value in UTF-8; nil when the source bytes are not valid in the source's encoding.
    var text: [UInt8]?
    /// The source bytes (in the source file's encoding), kept so that an unchanged cell written
    /// back in the same encoding is byte-identical, and an undecodable one survives.
    var source: [UInt8]?
    /// The cell was quoted in the source (or must be written quoted).
    var quoted: Bool

    init(_ string: String, quoted: Bool = false) {
        text = Array(string.utf8)
        source = nil
        self.quoted = quoted
    }

    init(text: [UInt8]?, source: [UInt8]?, quoted: Bool) {
        self.text = text
        self.source = source
        self.quoted = quoted
    }

    static let empty = Field("")

    /// The value as a Swift string, when it decodes.
    var string: String? { text.map { String(decoding: $0, as: UTF8.self) } }

    /// The same cell with new text (the source bytes no longer apply).
    func replacing(with string: String) -> Field { Field(string, quoted: quoted) }

    /// The cell's bytes in `target`, for a file read in `sourceEncoding`; nil when it cannot be
    /// written there (undecodable source bytes written in another encoding).
    func encoded(in target: TextEncoding, sourceEncoding: TextEncoding, codecs: Codecs) -> [UInt8]? {
        if let source, target.isUTF8 == sourceEncoding.isUTF8 { return source }
        guard let text else { return nil }
        return target.isUTF8 ? text : codecs.toGB18030.convert(text)
    }
}

/// A record as read: its cells and the physical line it starts on.
struct SourceRecord {
    var fields: [Field]
    var line: Int
}

/// A minimal RFC 4180 reader: quotes (`""` inside), commas, CRLF, LF or bare CR ends, quoted
/// line breaks. Empty lines are skipped but counted; lines are counted by LF bytes, so a bare
/// CR ends a record without starting a new line (as the tool counts). A quote only opens at
/// the start of a cell; elsewhere it is an ordinary character.
enum CSVParser {
    static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// The records of `bytes` (without BOM), each cell decoded from `encoding`.
    static func parse(_ bytes: [UInt8], encoding: TextEncoding, file: String,
                      codecs: Codecs) throws -> [SourceRecord] {
        var records: [SourceRecord] = []
        var i = 0, line = 1
        let n = bytes.count
        while i < n {
            if bytes[i] == lf { line += 1; i += 1; continue }
            if bytes[i] == cr {
                if i + 1 < n, bytes[i + 1] == lf { i += 2; line += 1 } else { i += 1 }
                continue
            }
            let start = line
            var fields: [Field] = []
            while true {
                var cell: [UInt8] = []
                var quoted = false
                if i < n, bytes[i] == quote {
                    quoted = true
                    i += 1
                    while true {
                        guard i < n else { throw ExportRewriteError.unterminatedQuote(file: file, line: start) }
                        let c = bytes[i]
                        if c == quote {
                            if i + 1 < n, bytes[i + 1] == quote { cell.append(quote); i += 2; continue }
                            i += 1
                            break
                        }
                        if c == lf { line += 1 }
                        cell.append(c)
                        i += 1
                    }
                }
                while i < n, bytes[i] != comma, bytes[i] != cr, bytes[i] != lf { cell.append(bytes[i]); i += 1 }
                fields.append(decode(cell, quoted: quoted, encoding: encoding, codecs: codecs))
                if i < n, bytes[i] == comma { i += 1; continue }
                if i < n, bytes[i] == cr { i += 1 }
                if i < n, bytes[i] == lf { i += 1; line += 1 }
                break
            }
            records.append(SourceRecord(fields: fields, line: start))
        }
        return records
    }

    static func decode(_ cell: [UInt8], quoted: Bool, encoding: TextEncoding, codecs: Codecs) -> Field {
        let text = encoding.isUTF8
            ? (TextEncoding.isValidUTF8(cell[...]) ? cell : nil)
            : codecs.fromGB18030.convert(cell)
        return Field(text: text, source: cell, quoted: quoted)
    }
}

/// Writes records in one encoding and line end, counting the physical line each starts on.
struct CSVWriter {
    let encoding: TextEncoding
    let sourceEncoding: TextEncoding
    let lineEnding: [UInt8]
    let codecs: Codecs
    private(set) var bytes: [UInt8]
    /// The line the next record will start on.
    private(set) var line = 1

    init(encoding: TextEncoding, sourceEncoding: TextEncoding, lineEnding: [UInt8], codecs: Codecs) {
        self.codecs = codecs
        self.encoding = encoding
        self.sourceEncoding = sourceEncoding
        self.lineEnding = lineEnding
        bytes = encoding.prefix
    }

    /// Whether every cell of `rows` can be written in `encoding` (read from `sourceEncoding`).
    static func canWrite(_ rows: [[Field]], in encoding: TextEncoding, sourceEncoding: TextEncoding,
                         codecs: Codecs) -> Bool {
        rows.allSatisfy { $0.allSatisfy { $0.encoded(in: encoding, sourceEncoding: sourceEncoding, codecs: codecs) != nil } }
    }

    /// Appends one record; returns the line it starts on. A cell is quoted when it was quoted
    /// or holds a comma, quote, CR or LF.
    @discardableResult
    mutating func append(_ fields: [Field]) -> Int {
        let first = line
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(CSVParser.comma) }
            let cell = field.encoded(in: encoding, sourceEncoding: sourceEncoding, codecs: codecs) ?? []
            let needsQuotes = field.quoted || cell.contains { $0 == CSVParser.comma || $0 == CSVParser.quote
                || $0 == CSVParser.cr || $0 == CSVParser.lf }
            if needsQuotes {
                bytes.append(CSVParser.quote)
                for byte in cell {
                    if byte == CSVParser.quote { bytes.append(CSVParser.quote) }
                    bytes.append(byte)
                }
                bytes.append(CSVParser.quote)
            } else {
                bytes += cell
            }
            line += cell.reduce(0) { $0 + ($1 == CSVParser.lf ? 1 : 0) }
        }
        bytes += lineEnding
        line += 1
        return first
    }
}
