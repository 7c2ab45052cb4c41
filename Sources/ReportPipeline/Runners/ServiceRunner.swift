import ReportCore
import ReportInputs
import ReportPublish
import ServiceReport

/// Drives the `service` job: streams the validated rows of `service_tickets.csv` into a
/// `ServiceJob`, then renders its report.
struct ServiceRunner: JobRunner {
    let name = JobName.service
    let period: Period
    let context: ExportContext
    private var job: ServiceJob

    init(period: Period, context: ExportContext) {
        self.period = period
        self.context = context
        job = ServiceJob(period: period, reference: context.reference, policy: context.policy)
    }

    mutating func readInputs(_ reading: inout ExportReading) throws {
        // A period the calendar does not cover fails before two million tickets are read.
        let calendar = context.reference.calendar
        guard calendar.covers(period.first), calendar.covers(period.last) else {
            throw RunFailure(.usage, ServiceJobError.calendarDoesNotCover(period, coveredYears: calendar.coveredYearsText).description)
        }
        // A large ticket file is read on every core, one job per part, merged in order.
        let (period, reference, policy) = (self.period, context.reference, context.policy)
        job = try reading.readInParts(ServiceTicketFile.self,
                                      makeJob: { ServiceJob(period: period, reference: reference, policy: policy) },
                                      onRow: { job, ticket, _ in
                                          job.add(ticket)
                                          return nil
                                      },
                                      merge: { $0.merge($1); return true })
        job.finishReading()
    }

    func render(unmasked: Bool) throws(RunFailure) -> JobOutput {
        do {
            return ServiceRenderer.render(try job.report())
        } catch {
            switch error {
            case .calendarDoesNotCover: throw RunFailure(.usage, error.description)
            case .calendar: throw RunFailure(.input, error.description)
            }
        }
    }
}
