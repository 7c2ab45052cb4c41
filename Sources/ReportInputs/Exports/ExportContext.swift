/// What validating an export row needs: the reference data and the policy.
public struct ExportContext: Sendable {
    public let reference: ReferenceData
    public let policy: Policy

    public init(reference: ReferenceData, policy: Policy) {
        self.reference = reference
        self.policy = policy
    }
}

extension FieldReader {
    /// The official township name for `column`, rejecting names not in the directory.
    func township(_ column: Column, in directory: TownshipDirectory) throws(RowReject) -> String {
        let text = try requiredText(column)
        guard let township = directory.resolve(text) else {
            throw reject(column, .unknownTownship, "“\(text)”不在镇街名录中")
        }
        return township.name
    }

    /// A strictly positive quantity.
    func positive(_ column: Column, scale: Int) throws(RowReject) -> Int64 {
        let value = try requiredFixedPoint(column, scale: scale)
        if value <= 0 {
            throw reject(column, .nonPositiveQuantity, "“\(String(decoding: bytes(column), as: UTF8.self))”必须大于 0")
        }
        return value
    }

    /// Money in fen, ≥ 0, nil when blank.
    func money(_ column: Column) throws(RowReject) -> Int64? {
        guard let fen = try optionalFixedPoint(column, scale: 2) else { return nil }
        if fen < 0 { throw reject(column, .negativeValue, "金额不能为负") }
        return fen
    }
}
