import Testing
@testable import ReportInputs

@Suite struct HeaderMappingTests {
    typealias Coal = CoalDeliveryFile.Column

    static let required = ["登记编号", "镇街", "村居", "户号", "配送日期"]

    @Test(arguments: ["购买数量(吨)", "购买数量（吨）", "购买数量 (吨)", " 购买数量　（吨） ", "tons", "TONS", "购买数量"])
    func spellingsOfOneColumn(header: String) throws {
        let mapping = try HeaderMapping<Coal>(headers: Self.required + [header])
        #expect(mapping.fieldIndex[Coal.tons.index] == 5)
        #expect(mapping.headerText(.tons) == header)
        #expect(mapping.unknownHeaders.isEmpty)
    }

    @Test func englishHeadersInAnyOrderWithExtraColumns() throws {
        let headers = ["date", "备注", "household_id", "township", "tons", "record_id", "village", "extra"]
        let mapping = try HeaderMapping<Coal>(headers: headers)
        #expect(mapping.fieldIndex[Coal.date.index] == 0)
        #expect(mapping.fieldIndex[Coal.recordID.index] == 5)
        #expect(mapping.fieldIndex[Coal.phone.index] == nil)
        #expect(mapping.unknownHeaders == ["备注", "extra"])
    }

    @Test func missingRequiredColumnsAreAllNamed() {
        #expect(throws: HeaderProblem.missingColumns(["户号/household_id", "购买数量(吨)/tons"], knownFound: true)) {
            _ = try HeaderMapping<Coal>(headers: ["登记编号", "镇街", "村居", "配送日期"])
        }
    }

    @Test func aHeaderlessFileIsRecognisedAsSuch() {
        let error = #expect(throws: HeaderProblem.self) {
            _ = try HeaderMapping<Coal>(headers: ["M001", "源泉镇", "东高村", "3703040101", "1.5", "2018-10-01"])
        }
        #expect(error?.description.hasPrefix("第 1 行不是可识别的表头") == true)
    }

    @Test func duplicateHeadersAreAnError() {
        #expect(throws: HeaderProblem.duplicate(column: "购买数量(吨)", first: "购买数量(吨)", second: "tons")) {
            _ = try HeaderMapping<Coal>(headers: Self.required + ["购买数量(吨)", "tons"])
        }
    }

    @Test func normalisation() {
        #expect(HeaderName.normalise(" 全硫St,d（%） ") == "全硫st,d(%)")
        #expect(HeaderName.normalise("等候时长（分钟）") == "等候时长(分钟)")
        // Form conventions: required marks and square brackets.
        #expect(HeaderName.normalise("*购买数量【吨】") == "购买数量(吨)")
        #expect(HeaderName.normalise("登记编号＊") == "登记编号")
        #expect(HeaderName.normalise("总金额[元]") == "总金额(元)")
        #expect(HeaderName.normalise("Record ID") == HeaderName.normalise("record_id"))
    }
}
