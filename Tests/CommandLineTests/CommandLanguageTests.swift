import Foundation
import Testing

/// The command line as an operator meets it: help, version and errors in Chinese, flag
/// names kept; progress on stderr with phases, percent and a summary line.
@Suite struct CommandLanguageTests {
    /// No heading, standard flag text or default note of ArgumentParser stays English.
    @Test(arguments: [["--help"], ["run", "--help"], ["validate", "--help"], ["inspect", "--help"], ["help", "run"]])
    func helpIsChinese(_ arguments: [String]) throws {
        let result = try ToolProcess.run(ToolProcess.executable, arguments)
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.hasPrefix("概述："))
        #expect(text.contains("用法： township-reports"))
        #expect(text.contains("选项："))
        #expect(text.contains("-h, --help              显示帮助。"))
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help", "(default", "See '"] {
            #expect(!text.contains(english), "\(arguments): \(english)")
        }
        if arguments == ["run", "--help"] {
            #expect(text.contains("--period <period>"))
            #expect(text.contains("（默认：datasets/sample）"))
        }
    }

    /// Bad arguments: ArgumentParser's own messages, in Chinese, on stderr, exit 64.
    @Test func parserErrorsAreChinese() throws {
        let missing = try ToolProcess.run(ToolProcess.executable, ["run"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("错误：缺少必需的参数 '--period <period>'\n说明：--period <period>  期间："))
        #expect(missing.stderr.contains("更多说明：township-reports run --help"))
        let unknown = try ToolProcess.run(ToolProcess.executable, ["run", "--period", "2018-12", "--perod"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("错误：未知选项 '--perod'，是否要用 '--period'？"))
        let extra = try ToolProcess.run(ToolProcess.executable, ["validate", "surplus"])
        #expect(extra.stderr.hasPrefix("错误：多余的参数 'surplus'"))
        let value = try ToolProcess.run(ToolProcess.executable, ["inspect", "x.csv", "--rows", "many"])
        #expect(value.stderr.hasPrefix("错误：值 'many' 对 '--rows <rows>' 无效"))
        #expect(!(missing.stderr + unknown.stderr + extra.stderr + value.stderr).contains("Error"))
    }

    /// `--version` names the commit the binary was built from: this checkout's HEAD.
    @Test func versionNamesTheBuildCommit() throws {
        let result = try ToolProcess.run(ToolProcess.executable, ["--version"])
        #expect(result.status == 0)
        let head = try ToolProcess.run("/usr/bin/env", ["git", "-C", ToolProcess.repository, "rev-parse", "--short=12", "HEAD"])
        try #require(head.status == 0, "not a git checkout")
        let commit = head.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.stdout.hasPrefix("township-reports 0.1.0（git 提交 \(commit)"), "\(result.stdout)")
    }

    /// A missing export names the folder it was looked for in, as an absolute path.
    @Test func missingFilesNameTheirFolder() throws {
        let workspace = try Workspace(dataFolder: "datasets/sample")
        defer { workspace.cleanUp() }
        try FileManager.default.removeItem(atPath: workspace.data + "/service_tickets.csv")
        let result = try ToolProcess.run(ToolProcess.executable, ["run", "--period", "2018-12", "--jobs", "service"]
                                         + workspace.runArguments)
        #expect(result.status == 65)
        #expect(result.stderr.contains("service_tickets.csv: 无法打开文件：在文件夹 \(workspace.data)/ 中找不到 service_tickets.csv"))
        let noFolder = try ToolProcess.run(ToolProcess.executable, ["validate", "--data", workspace.root + "/nowhere",
                                                                    "--reference", workspace.reference])
        #expect(noFolder.stderr.contains("数据文件夹 \(workspace.root)/nowhere/ 不存在"))
    }

    /// `--progress` off a terminal: the three phases in order, a reading line with a
    /// percentage, and a last line with rows, seconds and rows per second; stdout unchanged.
    @Test func progressShowsPhasesPercentAndASummary() throws {
        let workspace = try Workspace(dataFolder: "datasets/sample")
        defer { workspace.cleanUp() }
        let result = try ToolProcess.run(ToolProcess.executable, ["run", "--period", "2018-12", "--progress"]
                                         + workspace.runArguments)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let phases = lines.filter { $0.hasPrefix("阶段 ") }
        #expect(phases.map { String($0.prefix(6)) } == ["阶段 1/3", "阶段 2/3", "阶段 3/3"])
        #expect(phases[0] == "阶段 1/3：读取输入")
        let summary = try #require(lines.last)
        #expect(summary.wholeMatch(of: /完成：读取 \d+ 行，用时 \d+\.\d 秒（读取 \d+\.\d 秒），每秒 \d+ 行；各阶段 \d+\.\d \/ \d+\.\d \/ \d+\.\d 秒/) != nil, "\(summary)")
        // The sample's coal export (tens of thousands of rows) gets at least one update.
        let reading = lines.filter { $0.hasPrefix("读取 ") }
        #expect(reading.contains { $0.wholeMatch(of: /读取 \S+\.csv：\d{1,2}%（\d+\.\d\/\d+\.\d MB），\d+ 行，每秒 \d+ 行.*/) != nil },
                "\(reading)")
        #expect(!result.stdout.contains("阶段"))
    }
}
