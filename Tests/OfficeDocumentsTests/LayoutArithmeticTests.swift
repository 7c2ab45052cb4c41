import Testing
@testable import OfficeDocuments

/// The GB/T 9704-2012 numbers, worked out by hand (1 mm = 1440 / 25.4 twips, nearest twip).
@Suite struct LayoutArithmeticTests {
    @Test func pageAndMarginsInTwips() {
        #expect(PageGeometry.twips(mm: 210) == 11906)   // 11905.5 rounds up
        #expect(PageGeometry.twips(mm: 297) == 16838)   // 16837.8
        #expect(PageGeometry.marginTop == 2098)         // 37 mm = 2097.6
        #expect(PageGeometry.marginBottom == 1984)      // 35 mm = 1984.25
        #expect(PageGeometry.marginLeft == 1587)        // 28 mm = 1587.4
        #expect(PageGeometry.marginRight == 1474)       // 26 mm = 1474.0
        #expect(PageGeometry.textWidth == 8845)         // 156.02 mm
        #expect(PageGeometry.textHeight == 12756)       // 225.0 mm
    }

    @Test func twentyTwoLinesOfTwentyEightCharacters() {
        #expect(PageGeometry.linePitch == 579)
        #expect(22 * 579 <= PageGeometry.textHeight && 23 * 579 > PageGeometry.textHeight)
        // The grid: 16 pt − 842/4096 pt = 15.7944 pt = 315.89 twips; 28 of them fit.
        #expect(PageGeometry.charSpace == -842)
        #expect(28 * (320.0 - 842.0 / 4096 * 20) <= Double(PageGeometry.textWidth))
        // As set, off the grid: 320 − 6 = 314 twips a character.
        #expect(PageGeometry.bodyCharacter == 314)
        #expect(28 * 314 <= PageGeometry.textWidth && 29 * 314 > PageGeometry.textWidth)
    }

    @Test func footerSevenMillimetresBelowTheTextArea() {
        // (35 − 7) mm = 1587 twips from the page edge to the top of a 14 pt (280 twips) line.
        #expect(PageGeometry.footerDistance == 1307)
        #expect(PageGeometry.footerDistance + 280 == PageGeometry.twips(mm: 28))
        #expect(PageGeometry.separatorGap == 227)    // 4 mm
        #expect(PageGeometry.issuerSpaceBefore == 1984) // 35 mm
    }

    @Test(arguments: [
        ("博山区人民政府办公室文件", TypeSize.xiaoChu),   // 12 × 36 pt = 432 ≤ 442.25
        ("博山区政府文件", TypeSize.chuHao),             // 7 × 42 = 294
        ("博山区人民政府办公室博山区人民政府办公室文件", TypeSize.erHao), // 22 characters
        ("ABCDEFGHIJKLMNOPQRSTUVWX", TypeSize.xiaoChu), // 12 full-width characters' worth
    ])
    func issuerSizeFitsOneLine(issuer: String, size: Int) {
        #expect(TypeSize.issuer(fitting: issuer) == size)
    }

    @Test func textWidthCountsHalfWidthAsHalf() {
        #expect(TextWidth.characters("2019年  月  日") == 7)
        #expect(TextWidth.characters("博政办字〔    〕    号") == 11)
        #expect(TextWidth.characters("") == 0)
    }
}
