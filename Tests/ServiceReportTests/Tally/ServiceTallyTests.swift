import Testing
import ReportCore
import ReportInputs
@testable import ServiceReport

/// Which tickets count where: receipt vs completion within the period, open at period end,
/// overdue, the previous period.
@Suite struct ServiceTallyTests {
    @Test func receivedCountsReceiptsCompletedCountsCompletions() throws {
        let report = try decemberReport()
        // Received in December: D1, D2, D3, D4, D7 = 5. Completed in December: D1, D2, D4, D5 = 4
        // (D3 and D8 complete in January, D6 and D7 are open, P1 and P2 are November's).
        #expect(report.district.received == 5)
        #expect(report.district.completed == 4)
        // 甲局 (T-001, T-002): received D1, D2, D3 = 3; completed D1, D2 = 2.
        let jia = try #require(report.departments.named("甲局"))
        #expect(jia.received == 3)
        #expect(jia.completed == 2)
        // 乙局 (T-003, T-004): received D4, D7 = 2; completed D4, D5 = 2.
        let yi = try #require(report.departments.named("乙局"))
        #expect(yi.received == 2)
        #expect(yi.completed == 2)
    }

    @Test func overdueOpenTicketsAtPeriodEnd() throws {
        let report = try decemberReport()
        // D6: 29 elapsed − 6 committed = 23; D7: 20 − 0 = 20. D3 (1 ≤ 7) and D8 (25 − 25
        // suspended = 0) are open but within their limit.
        #expect(report.overdue.map(\.ticketID) == ["D6", "D7"])
        #expect(report.overdue.map(\.elapsedDays) == [29, 20])
        #expect(report.overdue.map(\.overdueDays) == [23, 20])
        // D6 is past the statutory 20 as well; D7's statutory limit is 0.
        #expect(report.overdue.map(\.pastStatutoryLimit) == [true, true])
        #expect(report.district.overdueOpen == 2)
        #expect(report.departments.named("甲局")?.overdueOpen == 1)
        #expect(report.departments.named("乙局")?.overdueOpen == 1)
        #expect(report.townships.named("博山镇")?.overdueOpen == 2)
        #expect(report.halls.named(centre)?.overdueOpen == 2)
    }

    @Test func ticketCompletedAfterPeriodEndIsOpenAtPeriodEnd() throws {
        // Received Mon 3 Dec, completed 4 Jan 2019: at 31 Dec it was open with
        // Dec 4–7 (4) + 3 weeks (15) + Sat 29 班 (1) = 20 working days > 6.
        let late = ticket("L1", item: "T-001", received: day(2018, 12, 3), completed: day(2019, 1, 4))
        let report = try job("2018-12", [late]).report()
        #expect(report.overdue.count == 1)
        #expect(report.overdue.first?.elapsedDays == 20)
        #expect(report.overdue.first?.completedAt?.day == day(2019, 1, 4))
        // It counts as received, not as completed.
        #expect(report.district.received == 1)
        #expect(report.district.completed == 0)
    }

    @Test func hallsFoundByInternerIDCountLikeHallsFoundByName() throws {
        // The December tickets: 区政务服务中心 takes D1, D2, D5–D8 and P1 (received in December:
        // D1, D2, D7 = 3; completed: D1, D2, D5 = 3), 源泉镇便民服务中心 D3, D4 and P2 (received
        // D3, D4 = 2; completed D4 = 1). With ids (as a reading gives them: 0 and 1) and without,
        // every hall figure is the same.
        let withIDs = decemberTickets.map { ticket -> ServiceTicket in
            var copy = ticket
            copy.hallID = ticket.hall == centre ? 0 : 1
            return copy
        }
        let byName = try decemberReport()
        let byID = try job("2018-12", withIDs).report()
        #expect(byID.halls.map(\.name) == byName.halls.map(\.name))
        #expect(byID.halls.map(\.received) == byName.halls.map(\.received))
        #expect(byID.halls.map(\.completed) == byName.halls.map(\.completed))
        #expect(byID.halls.named(centre)?.received == 3)
        #expect(byID.halls.named(centre)?.completed == 3)
        #expect(byID.halls.named(yuanquanCentre)?.received == 2)
        #expect(byID.halls.named(yuanquanCentre)?.completed == 1)
        // An id that two different halls carry (tickets from two interners) does not merge them.
        var clash = withIDs
        for index in clash.indices { clash[index].hallID = 0 }
        let clashed = try job("2018-12", clash).report()
        #expect(clashed.halls.map(\.received) == byName.halls.map(\.received))
    }

    @Test func ticketReceivedAfterPeriodEndIsNotOverdue() throws {
        let future = ticket("F1", item: "T-003", received: day(2019, 1, 2))
        let report = try job("2018-12", [future]).report()
        #expect(report.overdue.isEmpty)
        #expect(report.district.received == 0)
    }

    @Test func elapsedDaysDecideOnTimeAndActualCompression() throws {
        let report = try decemberReport()
        // 甲局: D1 2 ≤ 6 on time, D2 8 > 6 late. Σ statutory 20 + 20 = 40, Σ elapsed 2 + 8 = 10.
        let jia = try #require(report.departments.named("甲局"))
        #expect(jia.onTime == 1)
        #expect(jia.statutoryDaysTotal == 40)
        #expect(jia.elapsedDaysTotal == 10)
        // 乙局: D4 (statutory 0) is left out of the sums; D5 60 statutory, 31 − 10 = 21 elapsed.
        let yi = try #require(report.departments.named("乙局"))
        #expect(yi.onTime == 2)
        #expect(yi.statutoryDaysTotal == 60)
        #expect(yi.elapsedDaysTotal == 21)
    }

    @Test func ticketsWithoutTownshipCountForHallAndDepartmentOnly() throws {
        let report = try decemberReport()
        // D4 has no 镇街: 博山镇 completed D1, D5; 源泉镇 completed D2; the district has 4.
        #expect(report.townships.named("博山镇")?.completed == 2)
        #expect(report.townships.named("源泉镇")?.completed == 1)
        #expect(report.halls.named(yuanquanCentre)?.completed == 1)
    }

    @Test func itemsCountTheirCompletedTickets() throws {
        let report = try decemberReport()
        // T-001: D1 (on time, 满意), D2 (late, 不满意). T-003: D4. T-004: D5 (unrated).
        #expect(report.items.map(\.completed) == [2, 0, 1, 1, 0])
        #expect(report.items.map(\.onTime) == [1, 0, 1, 1, 0])
        #expect(report.items.map(\.rated) == [2, 0, 1, 0, 0])
        #expect(report.items.map(\.satisfied) == [1, 0, 1, 0, 0])
    }

    @Test func orderOfTicketsDoesNotMatter() throws {
        let forward = ServiceRenderer.render(try decemberReport())
        let backward = ServiceRenderer.render(try job("2018-12", decemberTickets.reversed()).report())
        #expect(forward.files.map(\.path) == backward.files.map(\.path))
        #expect(forward.files.map(\.bytes) == backward.files.map(\.bytes))
        #expect(forward.summaryMarkdown == backward.summaryMarkdown)
    }

    @Test func periodNotCoveredByTheCalendarIsAnError() {
        // The fixture calendar covers 2018–2019.
        #expect(throws: ServiceJobError.calendarDoesNotCover(Period("2020-01")!, coveredYears: "2018–2019")) {
            try job("2020-01", decemberTickets).report()
        }
        let error = ServiceJobError.calendarDoesNotCover(Period("2020-01")!, coveredYears: "2018–2019")
        #expect(error.description == "工作日历不覆盖 2020年1月（覆盖 2018–2019），请补充 calendar.csv")
    }

    @Test func previousPeriodNotCoveredGivesNoRankChange() throws {
        // January 2018's previous period is December 2017, outside the calendar.
        let tickets = [
            ticket("J1", item: "T-001", received: day(2018, 1, 2), completed: day(2018, 1, 3), rating: .satisfied),
            ticket("J2", item: "T-003", received: day(2018, 1, 2), completed: day(2018, 1, 4)),
        ]
        let report = try job("2018-01", tickets).report()
        #expect(!report.previousPeriodCovered)
        #expect(report.departments.map(\.previousRank) == [nil, nil, nil])
        #expect(report.departments.map(\.rankChange) == ["—", "—", "—"])
        #expect(report.departments.compactMap(\.rank).count == 2)
    }
}
