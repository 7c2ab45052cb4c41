import Foundation
import Testing
@testable import OfficeDocuments
import ZIPFoundation

/// The zip container and its plumbing parts: names, order, reproducibility, footers, settings.
@Suite struct PackageTests {
    static let expectedEntries = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
        "word/footer2.xml", "docProps/core.xml", "docProps/app.xml",
    ]

    @Test func entriesAreTheExpectedPartsInOrder() throws {
        let entries = try RenderedPackage.entries(try DocxWriter.render(SampleNotice.realistic))
        #expect(entries.map(\.path) == Self.expectedEntries)
        #expect(DocxWriter.partNames == Self.expectedEntries)
        for entry in entries {
            #expect(throws: Never.self, "\(entry.path) is well-formed") { _ = try XMLNode.parse(entry.text) }
        }
    }

    @Test(arguments: [SampleNotice.realistic, SampleNotice.hostile])
    func twoRendersAreByteIdentical(notice: OfficialNotice) throws {
        let first = try DocxWriter.render(notice)
        let second = try DocxWriter.render(notice)
        #expect(first == second)
        #expect(first.count > 1000)
    }

    @Test func entriesAreDeflatedAndDated1980() throws {
        let bytes = try DocxWriter.render(SampleNotice.realistic)
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        for entry in archive {
            #expect(entry.compressedSize < entry.uncompressedSize, "\(entry.path) deflated")
            let date = try #require(entry.fileAttributes[.modificationDate] as? Date)
            #expect(date == Date(timeIntervalSince1970: 315_532_800), "\(entry.path) dated 1980-01-01")
        }
        // The first local file header: signature, method 8 (deflate), DOS time 0, date 1980-01-01.
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[8..<14]) == [0x08, 0x00, 0x00, 0x00, 0x21, 0x00])
    }

    @Test func contentTypesCoverEveryPart() throws {
        let types = try RenderedPackage.part("[Content_Types].xml", of: SampleNotice.realistic)
        for part in Self.expectedEntries where !part.hasSuffix(".rels") && part != "[Content_Types].xml" {
            #expect(types.contains("PartName=\"/\(part)\""), "\(part)")
        }
        #expect(types.contains("wordprocessingml.document.main+xml"))
    }

    @Test func footersCarryThePageFieldBetweenDashes() throws {
        let odd = try RenderedPackage.part("word/footer1.xml", of: SampleNotice.realistic)
        let even = try RenderedPackage.part("word/footer2.xml", of: SampleNotice.realistic)
        for footer in [odd, even] {
            let field = "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            #expect(footer.contains(field))
            let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\"> —</w:t></w:r>"
            #expect(footer.contains(end))
            #expect(footer.contains("<w:pStyle w:val=\"Footer\"/>"))
        }
        // 单页码居右空一字, 双页码居左空一字 (one 4号 character, 280 twips).
        #expect(odd.contains("<w:ind w:rightChars=\"100\" w:right=\"280\"/><w:jc w:val=\"right\"/>"))
        #expect(even.contains("<w:ind w:leftChars=\"100\" w:left=\"280\"/><w:jc w:val=\"left\"/>"))
        let root = try XMLNode.parse(odd)
        #expect(root.wordText == "— 1 —")
    }

    @Test func settingsSeparateOddAndEvenFooters() throws {
        let settings = try RenderedPackage.part("word/settings.xml", of: SampleNotice.realistic)
        #expect(settings.contains("<w:evenAndOddHeaders/>"))
        #expect(!settings.contains("rsid"))
    }

    @Test func corePropertiesHaveTheTitleAndNoDates() throws {
        let core = try RenderedPackage.part("docProps/core.xml", of: SampleNotice.hostile)
        #expect(core.contains("<dc:title>关于&quot;源泉镇&lt;&amp;&gt;&quot;的通报</dc:title>"))
        #expect(!core.contains("dcterms:created") && !core.contains("dcterms:modified"))
    }
}
