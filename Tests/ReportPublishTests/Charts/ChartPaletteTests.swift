import Testing
@testable import ReportPublish

@Suite struct ChartPaletteTests {
    @Test func oneColourPerMeaning() {
        #expect(HorizontalBarChart.BarState.normal.color == ChartPalette.onTrack)
        #expect(HorizontalBarChart.BarState.warning.color == ChartPalette.warning)
        #expect(HorizontalBarChart.BarState.alert.color == ChartPalette.behind)
        #expect([ChartPalette.onTrack, ChartPalette.warning, ChartPalette.behind] == ["#4e79a7", "#f28e2b", "#e15759"])
        let meanings = [ChartPalette.onTrack, ChartPalette.warning, ChartPalette.behind, ChartPalette.reference]
            + ChartPalette.seriesColors.values.sorted() + ChartPalette.fallbackSeries
        #expect(Set(meanings).count == meanings.count)
    }

    @Test func seriesColoursAreFixedAndNeverAStateColour() {
        #expect(ChartPalette.series("清洁煤炭累计完成率") == "#1b8a82")
        #expect(ChartPalette.series("政务服务按时办结率") == "#8a5aa8")
        // An unknown name: the same fallback every time (FNV-1a of its bytes).
        let other = ChartPalette.series("食品抽检合格率")
        #expect(ChartPalette.fallbackSeries.contains(other))
        #expect(ChartPalette.series("食品抽检合格率") == other)
        // FNV-1a("a") = 0xE40C292C = 3826002220; 3826002220 mod 3 = 1 → pink.
        #expect(ChartPalette.series("a") == "#c4568c")
    }
}
