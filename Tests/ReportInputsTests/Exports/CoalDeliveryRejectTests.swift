import Testing
@testable import ReportInputs

/// Every problem of a file is found in one pass, with line, column and reason.
@Suite struct CoalDeliveryRejectTests {
    static let header = "登记编号,镇街,村居,户号,购买人,联系电话,购买数量（吨）,购买单价(元),总金额(元),配送日期\n"

    @Test func rejectsEachBadRowWithItsReason() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let body = [
            "M01,源泉镇,东高村,H1,张三,13800000001,1.5,800,\"1,200.00\",2018-10-08",   // line 2: fine
            "M02,域城镇,北域城村,H2,李四,13800000002,２,800,1600,2018/9/28 14:03",       // line 3: alias, full-width digit
            "M03,不存在镇,某村,H3,王五,,1,800,800,2018-10-08",                           // line 4: unknown township
            "M04,源泉镇,东高村,,赵六,,1,800,800,2018-10-08",                             // line 5: empty 户号
            "M05,源泉镇,东高村,H5,钱七,,-1,800,-800,2018-10-08",                         // line 6: negative tons
            "M06,源泉镇,东高村,H6,孙八,,1e3,800,800,2018-10-08",                         // line 7: exponent
            "M07,源泉镇,东高村,H7,周九,,1,800,800,2018-02-30",                           // line 8: no such day
            "M08,源泉镇,\"东高村\n二组\",H8,吴十,,1,800,800,2018年10月8日",              // lines 9–10: fine
            "M09,源泉镇,东高村,H9,郑一,,1,800,800,2018-10-08,多出来的",                  // line 11: extra field
            "M10,源泉镇,东高村,H10,冯二,,0,800,0,2018-10-08",                            // line 12: zero tons
        ].joined(separator: "\n") + "\n"
        let path = folder.write("coal_deliveries.csv", Self.header + body)
        var accepted: [(CoalDelivery, Int)] = []
        let report = try InputTable<CoalDeliveryFile>.read(path: path, context: smallContext()) { row, line in
            accepted.append((row, line))
            return nil
        }
        #expect(report.rowsRead == 10)
        #expect(report.rowsAccepted == 3)
        #expect(accepted.map(\.1) == [2, 3, 9])
        #expect(accepted[0].0.kilograms == 1500)
        #expect(accepted[0].0.amountFen == 120_000)
        #expect(accepted[1].0.township == "开发区域城镇")
        #expect(accepted[1].0.kilograms == 2000)
        #expect(accepted[1].0.day.description == "2018-09-28")
        #expect(accepted[2].0.village == "东高村\n二组")
        let rejects = report.rejects.map { "\($0.line) \($0.reject.column ?? "-") \($0.reject.kind.rawValue)" }
        #expect(rejects == [
            "4 镇街 未知镇街",
            "5 户号 缺少必填值",
            "6 购买数量（吨） 数量不是正数",
            "7 购买数量（吨） 数字格式错误",
            "8 配送日期 日期格式错误",
            "11 - 字段数多于表头",
            "12 购买数量（吨） 数量不是正数",
        ])
        #expect(report.rejects[0].fields == ["M03", "不存在镇", "某村", "H3", "王五", "", "1", "800", "800", "2018-10-08"])
        #expect(report.rejectsByKind[.nonPositiveQuantity] == 2)
        #expect(report.latestDay?.description == "2018-10-08")
        #expect(report.personalFields == [3: .householdID, 4: .name, 5: .phone])
    }

    @Test func fileWithoutARequiredColumnFailsAsAWhole() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("coal_deliveries.csv", "登记编号,镇街,村居,购买数量(吨),配送日期\nM1,源泉镇,村,1,2018-10-01\n")
        let error = #expect(throws: InputFileError.self) {
            _ = try InputTable<CoalDeliveryFile>.read(path: path, context: smallContext())
        }
        #expect(error?.description == "coal_deliveries.csv:1: 缺少必需的列：户号/household_id")
        #expect(error?.partial.sha256.count == 64)
    }

    @Test func emptyFileFails() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("coal_deliveries.csv", "")
        let error = #expect(throws: InputFileError.self) {
            _ = try InputTable<CoalDeliveryFile>.read(path: path, context: smallContext())
        }
        #expect(error?.description == "coal_deliveries.csv:1: 文件为空：没有表头")
    }

    @Test func sha256OfTheRawBytes() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        // printf '登记编号,镇街,村居,户号,购买数量(吨),配送日期\n' | sha256sum
        let path = folder.write("coal_deliveries.csv", "登记编号,镇街,村居,户号,购买数量(吨),配送日期\n")
        let report = try InputTable<CoalDeliveryFile>.read(path: path, context: smallContext())
        #expect(report.rowsRead == 0)
        #expect(report.sha256 == "3584d9c0ec2a6a4d8f553375e7e293029ba4d3ec70c88bacc94c49481ae8761b")
    }
}

/// Quantities and money far beyond any real delivery are rejected, so that sums and
/// quantity × price can never overflow (a crash the review found with 1 000 000 t × 10⁸ yuan).
@Suite struct ImplausibleValueTests {
    @Test func absurdTonsAndPricesAreRejected() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let text = CoalDeliveryRejectTests.header + [
            "M01,源泉镇,东高村,H1,张三,,\"1,000,000\",100000000,1,2018-10-08",   // 10^6 t > 10^5 t
            "M02,源泉镇,东高村,H2,李四,,100000,820,82000000,2018-10-08",          // exactly 10^5 t: accepted
            "M03,源泉镇,东高村,H3,王五,,1,100000000.01,1,2018-10-08",              // 10^8 yuan + 1 fen
        ].joined(separator: "\n") + "\n"
        let path = folder.write("coal_deliveries.csv", text)
        var accepted: [Int] = []
        let report = try InputTable<CoalDeliveryFile>.read(path: path, context: smallContext()) { _, line in
            accepted.append(line)
            return nil
        }
        #expect(accepted == [3])
        #expect(report.rejects.map { "\($0.line) \($0.reject.column ?? "-") \($0.reject.kind.rawValue)" } == [
            "2 购买数量（吨） 数值超出合理范围", "4 购买单价(元) 数值超出合理范围",
        ])
    }
}
