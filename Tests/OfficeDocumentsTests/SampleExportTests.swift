import Foundation
import OfficeDocuments
import Testing

/// Writes the realistic sample to `$OFFICE_DOCUMENTS_SAMPLE_OUT` for docs/make-screenshots.sh;
/// does nothing (disabled) in ordinary runs.
@Suite struct SampleExportTests {
    static let output = ProcessInfo.processInfo.environment["OFFICE_DOCUMENTS_SAMPLE_OUT"]

    @Test(.enabled(if: output != nil, "set OFFICE_DOCUMENTS_SAMPLE_OUT to a .docx path to export the sample"))
    func exportSample() throws {
        let bytes = try DocxWriter.render(SampleNotice.realistic)
        try Data(bytes).write(to: URL(fileURLWithPath: try #require(Self.output)))
    }
}
