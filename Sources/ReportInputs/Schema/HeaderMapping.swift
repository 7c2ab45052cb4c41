import ReportCore

/// How the header of one file maps onto the columns of a schema.
public final class HeaderMapping<Column: ColumnKey>: Sendable {
    /// Field index of each column (indexed by `Column.index`), nil when absent.
    public let fieldIndex: [Int?]
    /// The headers exactly as the file wrote them.
    public let headers: [String]
    /// Headers that match no column (ignored, reported by `inspect` and `validate`).
    public let unknownHeaders: [String]
    /// The unit of each column (indexed by `Column.index`), looked up once, not per row.
    public let units: [ValueUnit?]
    /// Field indices of ID and phone columns, checked for Excel damage.
    public let identifierFields: [(field: Int, isPhone: Bool)]

    /// Maps `headers` onto `Column`, or explains why the file cannot be used: a
    /// required column missing, or two headers naming the same column.
    public init(headers: [String]) throws(HeaderProblem) {
        var lookup: [String: Column] = [:]
        for column in Column.allCases {
            for name in column.spec.normalisedNames { lookup[name] = column }
        }
        var indices = [Int?](repeating: nil, count: Column.allCases.count)
        var unknown: [String] = []
        for (position, header) in headers.enumerated() {
            let key = HeaderName.normalise(header)
            guard let column = lookup[key] else {
                if !key.isEmpty { unknown.append(header) }
                continue
            }
            if let earlier = indices[column.index] {
                throw .duplicate(column: column.spec.chinese, first: headers[earlier], second: header)
            }
            indices[column.index] = position
        }
        let missing = Column.allCases.filter { $0.spec.isRequired && indices[$0.index] == nil }
        if !missing.isEmpty {
            throw .missingColumns(missing.map { "\($0.spec.chinese)/\($0.spec.english)" },
                                  knownFound: indices.contains { $0 != nil })
        }
        fieldIndex = indices
        self.headers = headers
        unknownHeaders = unknown
        units = Column.allCases.map(\.spec.unit)
        identifierFields = Column.allCases.compactMap { column in
            let spec = column.spec
            return spec.isIdentifier ? indices[column.index].map { ($0, spec.personal == .phone) } : nil
        }
    }

    /// How many of `headers` name a column of `Column`.
    static func knownCount(_ headers: [String]) -> Int {
        var names = Set<String>()
        for column in Column.allCases { names.formUnion(column.spec.normalisedNames) }
        return headers.filter { names.contains(HeaderName.normalise($0)) }.count
    }

    /// The header text the file uses for `column`, or its Chinese name if absent.
    public func headerText(_ column: Column) -> String {
        fieldIndex[column.index].map { headers[$0] } ?? column.spec.chinese
    }
}

/// A header that makes the whole file unusable.
public enum HeaderProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case missingColumns([String], knownFound: Bool)
    case duplicate(column: String, first: String, second: String)
    /// The header row holds bytes the file's encoding cannot decode, so its column names
    /// cannot be read. The encoding's name and `byteOffset` (0-based, from the start of
    /// the file) are filled in by `InputTable`, which knows the file.
    /// `isNUL`: that byte is 0, as in a UTF-16 file without byte-order mark.
    case undecodable(encoding: String?, byteOffset: Int?, isNUL: Bool = false)

    public var description: String {
        switch self {
        case .empty:
            return "文件为空：没有表头"
        case .missingColumns(let names, let knownFound):
            let list = names.joined(separator: "、")
            return knownFound ? "缺少必需的列：\(list)"
                              : "第 1 行不是可识别的表头（缺少必需的列：\(list)）"
        case .duplicate(let column, let first, let second):
            return "表头重复：“\(first)”与“\(second)”都是“\(column)”列"
        case .undecodable(let encoding, let offset, let isNUL):
            let place = offset.map { "（文件第 \($0) 字节处，从 0 数起\(isNUL ? "，是 NUL 字节：多半是没有 BOM 的 UTF-16 文件" : "")）" } ?? ""
            return "编码错误：表头含有无法按\(encoding.map { " \($0)" + ($0.hasSuffix("）") ? "" : " ") } ?? "文件编码")解码的字节\(place)，列名无法识别；"
                + "请确认文件另存为 UTF-8 或 GBK/GB18030，且表头没有损坏"
        }
    }
}
