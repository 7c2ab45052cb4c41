import Foundation
import Testing
@testable import ReportInputs

/// A header whose bytes the file's encoding cannot decode is an encoding error at its
/// line, with the byte offset, not a "missing column".
@Suite struct HeaderEncodingTests {
    func write(_ folder: TemporaryFolder, _ name: String, _ bytes: [UInt8]) -> String {
        let path = folder.path + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func message(_ path: String) -> String? {
        do {
            _ = try InputTable<StoveInstallFile>.read(path: path, context: smallContext())
            return nil
        } catch let error as InputFileError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test func invalidUTF8InTheHeaderNamesTheByte() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        // 登记编号,镇街,村 then 0xFF in place of 居: "村居" cannot be read. 登记编号,镇街, is
        // 12 + 1 + 6 + 1 = 20 bytes, 村 3 more: the bad byte is at offset 23.
        var bytes = Array("登记编号,镇街,村".utf8) + [0xFF] + Array(",户号,购买数量(台),安装日期\n".utf8)
        bytes += Array("LJ-1,源泉镇,东村,1,1,2018-10-08\n".utf8)
        let path = write(folder, "stove_installs.csv", bytes)
        #expect(message(path) == "stove_installs.csv:1: 编码错误：表头含有无法按 UTF-8 解码的字节（文件第 23 字节处，从 0 数起），列名无法识别；请确认文件另存为 UTF-8 或 GBK/GB18030，且表头没有损坏")
    }

    @Test func theOffsetCountsTitleRowsAndTheByteOrderMark() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        // BOM (3) + "登记表\n" (10): the header starts at 13; "登记编号," is 13 bytes: 26.
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("登记表\n登记编号,".utf8) + [0xC0, 0x80]
        bytes += Array("镇街,村居,户号,购买数量(台),安装日期\nLJ-1,源泉镇,东村,1,1,2018-10-08\n".utf8)
        let path = write(folder, "stove_installs.csv", bytes)
        #expect(message(path) == "stove_installs.csv:2: 编码错误：表头含有无法按 UTF-8 解码的字节（文件第 26 字节处，从 0 数起），列名无法识别；请确认文件另存为 UTF-8 或 GBK/GB18030，且表头没有损坏")
    }

    @Test func aByteGB18030CannotDecodeInAGBKHeader() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        // The GBK header of the stove export with 0x80 (never valid alone) after 登记编号,.
        // 登记编号 is 8 bytes in GBK, the comma 1: offset 9.
        let head: [UInt8] = [0xB5, 0xC7, 0xBC, 0xC7, 0xB1, 0xE0, 0xBA, 0xC5, 0x2C]  // 登记编号,
        // 镇街,村居,户号,购买数量(台),安装日期⏎LJ-1,源泉镇,东村,1,1,2018-10-08⏎ in GB18030:
        let rest: [UInt8] = [
            0xD5, 0xF2, 0xBD, 0xD6, 0x2C, 0xB4, 0xE5, 0xBE, 0xD3, 0x2C, 0xBB, 0xA7, 0xBA, 0xC5,
            0x2C, 0xB9, 0xBA, 0xC2, 0xF2, 0xCA, 0xFD, 0xC1, 0xBF, 0x28, 0xCC, 0xA8, 0x29, 0x2C,
            0xB0, 0xB2, 0xD7, 0xB0, 0xC8, 0xD5, 0xC6, 0xDA, 0x0A, 0x4C, 0x4A, 0x2D, 0x31, 0x2C,
            0xD4, 0xB4, 0xC8, 0xAA, 0xD5, 0xF2, 0x2C, 0xB6, 0xAB, 0xB4, 0xE5, 0x2C, 0x31, 0x2C,
            0x31, 0x2C, 0x32, 0x30, 0x31, 0x38, 0x2D, 0x31, 0x30, 0x2D, 0x30, 0x38, 0x0A,
        ]
        let bytes = head + [0x80] + rest
        let path = write(folder, "stove_installs.csv", bytes)
        #expect(message(path) == "stove_installs.csv:1: 编码错误：表头含有无法按 GB18030（GBK）解码的字节（文件第 9 字节处，从 0 数起），列名无法识别；请确认文件另存为 UTF-8 或 GBK/GB18030，且表头没有损坏")
    }

    @Test func aBadByteInATitleRowAboveAGoodHeaderIsNoProblem() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let bytes = Array("登记表".utf8) + [0xFF] + Array("\n登记编号,镇街,村居,户号,购买数量(台),安装日期\nLJ-1,源泉镇,东村,1,1,2018-10-08\n".utf8)
        let path = write(folder, "stove_installs.csv", bytes)
        let report = try InputTable<StoveInstallFile>.read(path: path, context: smallContext())
        #expect(report.headerLine == 2)
        #expect(report.rowsRead == 1)
    }
}
