import Testing
import ReportCore

@Suite("Fen.format and Kilograms.formatTons")
struct FenFormatTests {
    @Test(arguments: [
        (Int64(123_450), "1234.50"),
        (-5, "-0.05"),
        (0, "0.00"),
        (1, "0.01"),
        (10, "0.10"),
        (100, "1.00"),
        (-100, "-1.00"),
        (-123_456, "-1234.56"),
        (100_000_000_000, "1000000000.00"),         // no thousands separators
        (Int64.max, "92233720368547758.07"),
        (Int64.min, "-92233720368547758.08"),       // magnitude, no overflow
    ])
    func formatsFen(fen: Int64, expected: String) {
        #expect(Fen.format(fen) == expected)
    }

    @Test(arguments: [
        (Int64(12_345), "12.345"),
        (2_000, "2.000"),
        (-5, "-0.005"),
        (0, "0.000"),
        (1, "0.001"),
        (999, "0.999"),
        (1_000, "1.000"),
        (-12_345_678, "-12345.678"),
        (34_000_000, "34000.000"),                  // the 2018 district quota: 34000 t
    ])
    func formatsTons(kg: Int64, expected: String) {
        #expect(Kilograms.formatTons(kg) == expected)
    }
}
