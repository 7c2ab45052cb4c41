import CoalReport
import Glibc
import ReportCore
import ReportInputs
import ReportPublish
import ServiceReport

/// libFuzzer entry point: one input is one whole export file.
///
/// The bytes are written to one file under /dev/shm (one path per process) and read twice,
/// as `service_tickets.csv` and as `coal_deliveries.csv`, by `InputTable.read` with the
/// shipped reference data and the built-in policy (as a run reads them). Every accepted
/// ticket goes to three `ServiceJob`s (months 2017-12 and 2018-01, year 2018, so that the plain
/// sample's first rows and the dialect samples' rows fall in a period) and every accepted
/// delivery to two `CoalJob`s (month 2018-09 and year 2018); then each job's report is
/// computed and rendered into its in-memory `JobOutput` (nothing is written). Errors for
/// bad input (`InputFileError`, a `ServiceJobError` for dates outside the calendar) are
/// expected. Besides crashes, sanitizer reports and leaks, the harness traps when:
///
/// - a report is inconsistent: rowsRejected > rowsRead, rows handed to `onRow` differ from
///   rowsAccepted (+ the rows `onRow` itself rejected), a reject's line is not after the
///   header line or lines go backwards;
/// - service: the departments' or the halls' received / completed / overdue counts do not
///   sum to the district's (every counted ticket has exactly one department and one hall),
///   the townships' exceed it, the items' completed counts do not sum to the district's,
///   the overdue list's length differs from the district's 超期在办, received or completed
///   exceed the accepted rows, a rate's numerator exceeds its denominator;
/// - service: a job fed the first half of the tickets merged with one fed the second half
///   renders different files from one job fed them all (`ServiceJob.merge`'s contract; the
///   pipeline merges file parts in order, so the halves are contiguous);
/// - coal: the townships' counted kilograms or stoves do not sum to the district's, a
///   township's in-period amount exceeds its cumulative one, the district's distinct
///   households exceed the townships' sum, or the accepted rows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = FuzzRows.path
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    check(fd >= 0, "cannot open \(path)")
    var written = 0
    while written < size {
        let n = write(fd, data + written, size - written)
        check(n > 0, "cannot write \(path)")
        written += n
    }
    close(fd)

    // A fresh interner per input, as per run: the shared one would grow without bound.
    let context = FuzzRows.context.withOwnInterner()
    fuzzService(path: path, context: context)
    fuzzCoal(path: path, context: context)
    return 0
}

enum FuzzRows {
    /// The repository: four levels above this file (Fuzz/Sources/fuzz-rows/FuzzRows.swift).
    static let repository: String = {
        if let root = getenv("FUZZ_REPOSITORY") { return String(cString: root) }
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)
        return parts.joined(separator: "/")
    }()

    static let path = "/dev/shm/fuzz-rows-\(getpid()).csv"

    /// Built once from the shipped reference data and the built-in policy.
    static let context: ExportContext = {
        do {
            let reference = try ReferenceData.load(directory: repository + "/datasets/reference")
            return ExportContext(reference: reference, policy: try BuiltInPolicy.load())
        } catch {
            fatalError("cannot load the reference data of \(repository): \(error)")
        }
    }()

    /// `FUZZ_ROWS_VERBOSE=1` prints what each input reached (for replaying seeds and crashes).
    static let verbose = getenv("FUZZ_ROWS_VERBOSE") != nil

    static func log(_ text: @autoclosure () -> String) {
        if verbose { print("fuzz-rows: " + text()) }
    }

    static let servicePeriods = [Period(kind: .month, year: 2017, index: 12)!, Period(kind: .month, year: 2018, index: 1)!,
                                 Period(kind: .year, year: 2018, index: 1)!]
    static let coalPeriods = [Period(kind: .month, year: 2018, index: 9)!, Period(kind: .year, year: 2018, index: 1)!]
}

/// The report's own consistency, for a read that finished or stopped.
func checkReport(_ report: InputFileReport, handed: Int, rejectedByJob: Int, what: String) {
    FuzzRows.log("\(what): header line \(report.headerLine), read \(report.rowsRead), rejects "
                 + report.rejects.prefix(5).map { "line \($0.line) \($0.reject.kind) \($0.fields.prefix(4))" }.joined(separator: "; "))
    check(report.rowsRejected <= report.rowsRead,
                 "\(what): \(report.rowsRejected) rejected of \(report.rowsRead) read")
    check(report.rowsRead == report.rowsAccepted + report.rowsRejected)
    check(handed - rejectedByJob == report.rowsAccepted,
                 "\(what): \(handed) rows handed to the job (\(rejectedByJob) rejected by it), rowsAccepted \(report.rowsAccepted)")
    var last = report.headerLine
    for reject in report.rejects {
        // ≥, not >: a bare CR ends a record without advancing the line count (CSVReader.swift).
        check(reject.line >= report.headerLine, "\(what): reject on line \(reject.line), header on \(report.headerLine)")
        check(reject.line >= last, "\(what): reject on line \(reject.line) after line \(last)")
        last = reject.line
    }
    check(report.unlistedRejects.count >= 0)
    _ = report.rejectsByKind
}

// MARK: - service

func fuzzService(path: String, context: ExportContext) {
    var tickets: [ServiceTicket] = []
    do {
        let report = try InputTable<ServiceTicketFile>.read(path: path, context: context) { ticket, _ in
            tickets.append(ticket)
            return nil
        }
        checkReport(report, handed: tickets.count, rejectedByJob: 0, what: "service")
        FuzzRows.log("service: read \(report.rowsRead), accepted \(report.rowsAccepted), totals rows \(report.totalsRows), header line \(report.headerLine)")
    } catch let error as InputFileError {
        checkReport(error.partial, handed: tickets.count, rejectedByJob: 0, what: "service (\(error.problem))")
        FuzzRows.log("service: \(error.description.prefix(200))")
        _ = error.description
        return
    } catch {
        fatalError("service: unexpected error \(error)")
    }

    for period in FuzzRows.servicePeriods {
        let reference = context.reference, policy = context.policy
        var whole = ServiceJob(period: period, reference: reference, policy: policy)
        for ticket in tickets { whole.add(ticket) }
        whole.finishReading()
        let report: ServiceReport
        do {
            report = try whole.report()
        } catch {
            FuzzRows.log("service \(period): \(error.description)")  // a date outside the calendar's years
            continue
        }
        checkService(report, accepted: tickets.count)
        FuzzRows.log("service \(period): received \(report.district.received), completed \(report.district.completed), overdue \(report.overdue.count), halls \(report.halls.count)")
        let output = ServiceRenderer.render(report)

        // The same tickets in two contiguous parts, merged in order, as the pipeline does.
        let half = tickets.count / 2
        var first = ServiceJob(period: period, reference: reference, policy: policy)
        var second = ServiceJob(period: period, reference: reference, policy: policy)
        for ticket in tickets[..<half] { first.add(ticket) }
        for ticket in tickets[half...] { second.add(ticket) }
        first.merge(second)
        first.finishReading()
        guard let merged = try? first.report() else {
            fatalError("service \(period): the merged job cannot report, the whole one can")
        }
        let mergedOutput = ServiceRenderer.render(merged)
        check(output.files.count == mergedOutput.files.count)
        for (one, other) in zip(output.files, mergedOutput.files) {
            check(one.path == other.path)
            if one.bytes != other.bytes {
                fatalError("service \(period): \(one.path) differs after merging two halves of \(tickets.count) tickets:\n"
                           + String(decoding: one.bytes.prefix(2000), as: UTF8.self) + "\nversus\n"
                           + String(decoding: other.bytes.prefix(2000), as: UTF8.self))
            }
        }
    }
}

func checkService(_ report: ServiceReport, accepted: Int) {
    let district = report.district
    func sums(_ groups: [GroupIndicators]) -> (received: Int, completed: Int, overdue: Int, onTime: Int) {
        groups.reduce(into: (0, 0, 0, 0)) {
            $0.received += $1.received; $0.completed += $1.completed; $0.overdue += $1.overdueOpen; $0.onTime += $1.onTime
        }
    }
    let totals = (district.received, district.completed, district.overdueOpen, district.onTime)
    let departments = sums(report.departments), halls = sums(report.halls), townships = sums(report.townships)
    check(departments == totals, "departments \(departments) versus district \(totals)")
    check(halls == totals, "halls \(halls) versus district \(totals)")
    check(townships.received <= totals.0 && townships.completed <= totals.1 && townships.overdue <= totals.2,
                 "townships \(townships) over district \(totals)")
    check(district.received <= accepted && district.completed <= accepted,
                 "district received \(district.received) / completed \(district.completed) of \(accepted) tickets")
    let itemsCompleted = report.items.reduce(0) { $0 + $1.completed }
    check(itemsCompleted == district.completed, "items completed \(itemsCompleted), district \(district.completed)")
    check(report.overdue.count == district.overdueOpen,
                 "overdue list \(report.overdue.count), district overdue \(district.overdueOpen)")
    for group in report.departments + report.halls + report.townships + [district] {
        for rate in [group.onTimeRate, group.immediateShare, group.withinStepsRate, group.onlineRate, group.oneVisitRate,
                     group.zeroVisitRate, group.ratedShare, group.satisfactionRate, group.dissatisfactionRate] {
            check(rate.numerator >= 0 && rate.numerator <= rate.denominator, "\(group.name): rate \(rate)")
        }
        check(group.satisfied + group.dissatisfied == group.rated, "\(group.name): rated")
        check(group.zeroVisits <= group.oneVisit, "\(group.name): visits")
    }
    for rate in report.monthlyOnTime {
        check(rate.numerator >= 0 && rate.numerator <= rate.denominator, "monthly on time \(rate)")
    }
    check(report.monthlyOnTime.reduce(0) { $0 + $1.denominator } <= accepted)
}

// MARK: - coal

func fuzzCoal(path: String, context: ExportContext) {
    var jobs: [CoalJob] = []
    for period in FuzzRows.coalPeriods {
        do {
            jobs.append(try CoalJob(period: period, reference: context.reference, policy: context.policy,
                                    sourceFiles: context.sourceFiles))
        } catch {
            fatalError("coal job for \(period): \(error)")
        }
    }
    var handed = 0, rejectedByJob = 0
    do {
        let report = try InputTable<CoalDeliveryFile>.read(path: path, context: context) { delivery, line in
            handed += 1
            // Both jobs see every row; the first one's verdict decides (they agree on duplicates).
            var verdict: RowReject?
            for index in jobs.indices {
                let reject = jobs[index].add(delivery, line: line)
                check((reject == nil) == (verdict == nil) || index == 0, "coal jobs disagree on line \(line)")
                if index == 0 { verdict = reject }
            }
            if verdict != nil { rejectedByJob += 1 }
            return verdict
        }
        checkReport(report, handed: handed, rejectedByJob: rejectedByJob, what: "coal")
        FuzzRows.log("coal: read \(report.rowsRead), accepted \(report.rowsAccepted), rejected by the job \(rejectedByJob), totals rows \(report.totalsRows), header line \(report.headerLine)")
    } catch let error as InputFileError {
        checkReport(error.partial, handed: handed, rejectedByJob: rejectedByJob, what: "coal (\(error.problem))")
        FuzzRows.log("coal: \(error.description.prefix(200))")
        _ = error.description
        return
    } catch {
        fatalError("coal: unexpected error \(error)")
    }
    let accepted = handed - rejectedByJob
    for job in jobs {
        let results = job.results()
        checkCoal(results, accepted: accepted)
        FuzzRows.log("coal \(results.scope.period): \(results.district.coalKg) kg, \(results.district.coalHouseholds) households, \(results.anomalies.count) anomalies")
        for unmasked in [false, true] {
            let output = CoalRenderer.output(results, unmasked: unmasked)
            check(!output.files.isEmpty)
        }
    }
}

func checkCoal(_ results: CoalResults, accepted: Int) {
    let district = results.district
    var kilograms: Int64 = 0, kilogramsInPeriod: Int64 = 0, stoves = 0, households = 0
    for township in results.townships {
        check(township.coalKgInPeriod >= 0 && township.coalKgInPeriod <= township.coalKg,
                     "\(township.township): \(township.coalKgInPeriod) kg in period of \(township.coalKg)")
        check(township.stovesInPeriod <= township.stoves)
        check(township.coalHouseholds <= accepted, "\(township.township): \(township.coalHouseholds) households")
        kilograms += township.coalKg
        kilogramsInPeriod += township.coalKgInPeriod
        stoves += township.stoves
        households += township.coalHouseholds
    }
    check(kilograms == district.coalKg && kilogramsInPeriod == district.coalKgInPeriod,
                 "townships \(kilograms) / \(kilogramsInPeriod) kg, district \(district.coalKg) / \(district.coalKgInPeriod)")
    check(stoves == district.stoves && stoves == 0, "stoves \(stoves) / \(district.stoves) without an install file")
    check(district.coalHouseholds <= households && district.coalHouseholds <= accepted,
                 "district households \(district.coalHouseholds), townships \(households), rows \(accepted)")
    check(results.subsidy.totalFen >= 0)
    for rate in results.monthlyCompletion { check(rate.numerator >= 0) }
    _ = results.anomalyCounts
    _ = results.behindSchedule
}

/// `precondition` that keeps its message in a release build.
func check(_ condition: Bool, _ message: @autoclosure () -> String = "invariant broken",
           file: StaticString = #file, line: UInt = #line) {
    if !condition { fatalError(message(), file: file, line: line) }
}
