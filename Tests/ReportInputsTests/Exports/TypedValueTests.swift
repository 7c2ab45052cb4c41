import Foundation
import Testing
@testable import ReportInputs

/// Values as people type them: units, decimals in durations, ISO `T`, ideographic spaces.
@Suite struct TypedValueTests {
    @Test func serviceTicketsWithDecimalWaitsUnitsAndISOTimes() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("service_tickets.csv", """
            办件编号,受理大厅,事项编码,办理渠道,受理时间,办结时间,办理环节数,跑动次数,等候时长(分钟),特殊环节(工作日)
            T1,区政务服务中心,SJ-001,窗口,2018-09-28T09:00:00,2018-10-08T16:30:00,3,1,27.6,
            T2,区政务服务中心,SJ-001,窗口,2018-09-28 09:00,,3,1,27.65,
            T3,区政务服务中心,SJ-001,窗口,2018-09-28 09:00,,3,1,12分钟,2个工作日
            T4,区政务服务中心,SJ-001,\u{3000}窗口\u{3000},2018-09-28 09:00,,\u{A0}3\u{A0},1,0,
            T5,区政务服务中心,SJ-001,窗口,2018-09-28 09:00,,3.5,1,5,
            T6,区政务服务中心,SJ-001,窗口,2018-09-28 09:00,,3,1,5公里,
            T7,区政务服务中心,SJ-001,窗口,2018-09-28T09:00:00Z,,3,1,5,

            """)
        var tickets: [ServiceTicket] = []
        let report = try InputTable<ServiceTicketFile>.read(path: path, context: smallContext()) { row, _ in
            tickets.append(row)
            return nil
        }
        // 27.6 → 276 tenths; 27.65 → 276.5 → rounded half up to 277 (noted); 12分钟 → 120.
        #expect(tickets.map(\.waitTenths) == [276, 277, 120, 0])
        #expect(tickets[0].receivedAt.description == "2018-09-28 09:00:00")
        #expect(tickets[0].completedAt?.description == "2018-10-08 16:30:00")
        #expect(tickets[2].suspendedDays == 2)
        #expect(tickets[3].channel == .counter && tickets[3].steps == 3)
        // Counts stay whole numbers; another unit is not this column's; a time zone is a guess.
        #expect(report.rejects.map { "\($0.line) \($0.reject.column ?? "")" } == [
            "6 办理环节数", "7 等候时长(分钟)", "8 受理时间",
        ])
        #expect(report.rejects[1].reject.detail == "“5公里”的单位不是“分钟”")
        #expect(report.accepted["“等候时长(分钟)”多于一位小数，已四舍五入到 0.1"]?.lines == [3])
        #expect(report.accepted.keys.contains { $0.hasPrefix("“等候时长(分钟)”的取值带单位") })
    }

    @Test func countsMayRepeatTheirUnitButStayWhole() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("service_tickets.csv", """
            办件编号,受理大厅,事项编码,办理渠道,受理时间,办结时间,办理环节数,跑动次数
            T1,区政务服务中心,SJ-001,窗口,2018-09-28 09:00,,3个环节,1次
            T2,区政务服务中心,SJ-001,窗口,2018-09-28 09:00,,3.0,0
            T3,区政务服务中心,SJ-001,窗口,2018-09-28 09:00,,3次,两次

            """)
        var tickets: [ServiceTicket] = []
        let report = try InputTable<ServiceTicketFile>.read(path: path, context: smallContext()) { row, _ in
            tickets.append(row)
            return nil
        }
        #expect(tickets.map(\.steps) == [3, 3])
        #expect(tickets.map(\.visits) == [1, 0])
        // 次 is not the unit of 办理环节数 (the first problem of the row is named).
        #expect(report.rejects.map(\.reject.detail) == ["“3次”的单位不是“个环节”"])
    }

    @Test func coalDeliveriesWithUnitsAndCurrencySigns() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("coal_deliveries.csv", """
            登记编号,镇街,村居,户号,购买数量(吨),购买单价(元),总金额(元),配送日期
            MJ-1,源泉镇,东村,3703040101001,1.5吨,820元,"¥1,230.00",2018-10-08
            MJ-2,源泉镇,东村,3703040101002,1.5 吨,820,1230.00元,2018-10-08
            MJ-3,源泉镇,东村,3703040101003,1.5公斤,820,1230.00,2018-10-08
            MJ-4,源泉镇,东村,3703040101004,2t,820,1640,2018-10-08

            """)
        var deliveries: [CoalDelivery] = []
        let report = try InputTable<CoalDeliveryFile>.read(path: path, context: smallContext()) { row, _ in
            deliveries.append(row)
            return nil
        }
        #expect(deliveries.map(\.kilograms) == [1500, 1500, 2000])
        #expect(deliveries.map(\.amountFen) == [123_000, 123_000, 164_000])
        #expect(deliveries.map(\.unitPriceFen) == [82_000, 82_000, 82_000])
        #expect(report.rejects.map(\.line) == [4])
        #expect(report.rejects[0].reject.detail == "“1.5公斤”的单位不是“吨”")
    }
}
