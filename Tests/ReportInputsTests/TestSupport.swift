import Foundation
import ReportCore
@testable import ReportInputs

/// A temporary folder with files written from strings; removed by `cleanUp()`.
struct TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "report-inputs-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        try! Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

/// The repository's shipped reference folder.
let shippedReference = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("datasets/reference").path

/// A small reference set built in code: two townships, one item, one entity.
func smallContext() -> ExportContext {
    let townships = TownshipDirectory([
        Township(name: "开发区域城镇", aliases: ["域城镇", "域城"], order: 2),
        Township(name: "源泉镇", aliases: ["源泉"], order: 1),
    ])
    let calendar = try! WorkingDayCalendar(entries: [
        (Day(year: 2018, month: 10, day: 1)!, .holiday), (Day(year: 2018, month: 9, day: 29)!, .makeUpWorkday),
    ])
    let catalogue = ServiceCatalogue([
        ServiceItem(code: "SJ-001", name: "企业设立登记", department: "区市场监管局", statutoryDays: 20,
                    committedDays: 6, isImmediate: false, isComplex: false),
    ])
    let register = FoodEntityRegister([
        FoodEntity(id: "SP0001", name: "东高小学食堂", township: "源泉镇", type: .schoolCanteen,
                   isRegistered: true, hasOpenKitchen: false),
    ])
    let reference = ReferenceData(townships: townships, quotas: [], calendar: calendar, catalogue: catalogue,
                                  register: register)
    return ExportContext(reference: reference, policy: try! BuiltInPolicy.load())
}
