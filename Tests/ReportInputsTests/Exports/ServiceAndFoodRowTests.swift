import Testing
@testable import ReportInputs

@Suite struct ServiceAndFoodRowTests {
    @Test func serviceTicketRejects() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let text = """
            办件编号,受理大厅,镇街,部门,事项编码,办理渠道,受理时间,办结时间,办理环节数,跑动次数,评价,等候时长（分钟）
            T1,区政务服务中心,源泉,随便写的部门,SJ-001,网上,2018-09-28 09:00,2018-10-08 16:30,3,0,满意,12
            T2,区政务服务中心,,,SJ-999,窗口,2018-09-28 09:00,,3,1,,
            T3,区政务服务中心,,,SJ-001,窗口,2018-09-28 15:00,2018-09-28 14:00,3,1,,
            T4,区政务服务中心,,,SJ-001,窗口,2020-01-02 09:00,,3,1,,
            T5,区政务服务中心,,,SJ-001,传真,2018-09-28 09:00,,3,1,,
            T6,区政务服务中心,,,SJ-001,窗口,2018-09-28 09:00,,3,1,很好,
            """
        let path = folder.write("service_tickets.csv", text + "\n")
        var tickets: [ServiceTicket] = []
        let report = try InputTable<ServiceTicketFile>.read(path: path, context: smallContext()) { row, _ in
            tickets.append(row)
            return nil
        }
        #expect(tickets.count == 1)
        let ticket = try #require(tickets.first)
        #expect(ticket.township == "源泉镇")
        #expect(ticket.department == "区市场监管局")  // from the catalogue, not the export
        #expect(ticket.channel == .online)
        #expect(ticket.completedAt?.description == "2018-10-08 16:30:00")
        #expect(ticket.waitTenths == 120)
        #expect(ticket.suspendedDays == nil)
        #expect(report.rejects.map { "\($0.line) \($0.reject.kind.rawValue)" } == [
            "3 未知事项编码", "4 办结早于受理", "5 日期超出工作日历", "6 取值不在允许范围", "7 取值不在允许范围",
        ])
        #expect(report.rejects[2].reject.detail == "日期 2020-01-02 不在工作日历覆盖的年份内（2018）")
    }

    @Test func foodInspectionTakesTownshipFromTheRegister() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let text = """
            检查编号,主体编号,镇街,检查方式,检查日期,抽检结果,不合格项目,处置状态,处置日期,信息公布,量化等级
            F1,SP0001,,监督抽检,2018-10-10,不合格,"菌落总数超标,大肠菌群超标",已处置,2018-10-20,是,B级
            F2,SP0001,源泉,日常检查,2018-10-11 15:30,,,,,,C
            F3,SP9999,源泉镇,日常检查,2018-10-11,,,,,,
            F4,SP0001,域城镇,日常检查,2018-10-11,,,,,,
            F5,SP0001,,监督抽检,2018-10-10,不合格,,已处置,,是,
            F6,SP0001,,监督抽检,2018-10-10,不合格,,已处置,2018-10-09,是,
            """
        let path = folder.write("food_inspections.csv", text + "\n")
        var rows: [FoodInspection] = []
        let report = try InputTable<FoodInspectionFile>.read(path: path, context: smallContext()) { row, _ in
            rows.append(row)
            return nil
        }
        #expect(rows.map(\.township) == ["源泉镇", "源泉镇"])
        #expect(rows[0].failedItems == "菌落总数超标,大肠菌群超标")
        #expect(rows[0].grade == .b)
        #expect(rows[0].disposalDay?.description == "2018-10-20")
        #expect(rows[1].grade == .c)
        // The time of day is kept, to order two gradings of one day.
        #expect(rows[0].secondOfDay == 0 && rows[1].secondOfDay == 15 * 3600 + 30 * 60)
        #expect(rows[1].day.description == "2018-10-11")
        #expect(report.rejects.map { "\($0.line) \($0.reject.kind.rawValue)" } == [
            "4 未知主体编号", "5 镇街与主体名录不一致", "6 缺少必填值", "7 日期先后矛盾",
        ])
    }
}
