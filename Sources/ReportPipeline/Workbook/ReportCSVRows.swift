/// The rows of a CSV report this tool wrote (`CSVTableWriter`: UTF-8 with BOM, CRLF,
/// RFC 4180 quoting), read back field by field for the workbook. Not a reader for inputs:
/// it trusts the format it was written in.
struct ReportCSVRows: Sequence {
    let bytes: [UInt8]

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        var position: Int

        init(bytes: [UInt8]) {
            self.bytes = bytes
            position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        }

        mutating func next() -> [String]? {
            guard position < bytes.count else { return nil }
            var fields: [String] = []
            var field: [UInt8] = []
            var quoted = false
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if quoted {
                    if byte == 0x22 {
                        if position < bytes.count, bytes[position] == 0x22 {
                            field.append(0x22)
                            position += 1
                        } else {
                            quoted = false
                        }
                    } else {
                        field.append(byte)
                    }
                    continue
                }
                switch byte {
                case 0x22: quoted = true
                case 0x2C:
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                case 0x0D where position < bytes.count && bytes[position] == 0x0A:
                    position += 1
                    fields.append(String(decoding: field, as: UTF8.self))
                    return fields
                case 0x0A:
                    fields.append(String(decoding: field, as: UTF8.self))
                    return fields
                default: field.append(byte)
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            return fields
        }
    }
}
