/// One file of a rewritten export: its path, header, records and encoding.
struct Part {
    var path: String
    var header: [Field]
    var rows: [Row]
    var encoding: TextEncoding

    /// How a part of a `split` export differs from the source, by its position.
    enum Variation {
        case none, reversedColumns, otherEncoding, translatedHeaders

        init(index: Int) {
            switch index % 4 {
            case 1: self = .reversedColumns
            case 2: self = .otherEncoding
            case 3: self = .translatedHeaders
            default: self = .none
            }
        }
    }

    /// Up to 4 contiguous ranges covering `0..<count` in order, as even as possible (the
    /// first ones one longer); one empty range for no records, so the header still exists.
    static func chunks(_ count: Int, parts: Int = 4) -> [Range<Int>] {
        let n = max(1, min(parts, count))
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<n {
            let length = count / n + (index < count % n ? 1 : 0)
            ranges.append(start..<(start + length))
            start += length
        }
        return ranges
    }

    /// This part with `variation` applied. Reversing columns pads short records with empty
    /// cells to the header's width and keeps cells beyond it (an unquoted comma) at the end.
    func varied(_ variation: Variation, schema: ExportSchema) -> Part {
        var part = self
        switch variation {
        case .none:
            break
        case .reversedColumns:
            let width = header.count
            func reversed(_ cells: [Field]) -> [Field] {
                let padded = cells + Array(repeating: .empty, count: max(0, width - cells.count))
                return padded[..<width].reversed() + padded[width...]
            }
            part.header = reversed(header)
            part.rows = rows.map { Row(fields: reversed($0.fields), plain: reversed($0.plain), line: $0.line) }
        case .otherEncoding:
            part.encoding = encoding.other
        case .translatedHeaders:
            part.header = header.map { cell in
                guard let name = cell.string else { return cell }
                let translated = schema.translated(name)
                return translated == name ? cell : cell.replacing(with: translated)
            }
        }
        return part
    }
}
