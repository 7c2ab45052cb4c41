import Foundation

/// ArgumentParser's own texts — help headings, its standard flags, its messages for bad
/// arguments — in Chinese, like every other line the tool prints. Flag names, value names
/// and the values the user typed stay as they are.
///
/// The texts are those of swift-argument-parser 1.8.2 (`HelpGenerator`, `UsageGenerator`,
/// `MessageInfo`); a text a later version words differently stays English, which a test
/// (`ParserTextTests`) would show.
enum ParserText {
    /// Each English pattern with its Chinese replacement, applied in order.
    private static let replacements: [(pattern: String, template: String)] = [
        (#"(?m)^OVERVIEW: "#, "概述："),
        (#"(?m)^USAGE: "#, "用法： "),
        (#"(?m)^Usage: "#, "用法： "),
        (#"(?m)^ARGUMENTS:$"#, "参数："),
        (#"(?m)^OPTIONS:$"#, "选项："),
        (#"(?m)^SUBCOMMANDS:$"#, "子命令："),
        (#"(?m)^Help:  "#, "说明："),
        (#"(?m)^Error: "#, "错误："),
        (#"Show help information\."#, "显示帮助。"),
        (#"Show the version\."#, "显示版本号与构建所用的 git 提交。"),
        (#"(?<=\S) \(default:\s+([^)]*)\)"#, "（默认：$1）"),
        (#"\(default:\s+([^)]*)\)"#, "（默认：$1）"),
        (#"See '([^']*) help <subcommand>' for detailed help\."#, "各子命令的详细说明：$1 help <子命令>"),
        (#"See '([^']*)' for more information\."#, "更多说明：$1"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "未知选项 '$1'，是否要用 '$2'？"),
        (#"Unknown option '([^']*)'"#, "未知选项 '$1'"),
        (#"Missing value for '([^']*)'"#, "选项 '$1' 缺少值"),
        (#"Missing expected argument '([^']*)'"#, "缺少必需的参数 '$1'"),
        (#"Missing one of: '([^\n]*)'"#, "缺少以下之一：'$1'"),
        (#"Missing required subcommand\."#, "缺少子命令。"),
        (#"(\d+) unexpected arguments: '([^\n]*)'"#, "$1 个多余的参数：'$2'"),
        (#"Unexpected argument '([^']*)'"#, "多余的参数 '$1'"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "值 '$1' 对 '$2' 无效"),
        (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#, "选项 '$1' 不带值，却给了 '$2'。"),
        (#"Value to be set with ([^\n]*) had already been set with ([^\n]*)"#, "$1 重复：之前已由 $2 给出"),
        (#"Invalid option: "#, "无效的选项："),
        (#"<subcommand>"#, "<子命令>"),
    ]

    private static let compiled: [(NSRegularExpression, String)] = replacements.map {
        (try! NSRegularExpression(pattern: $0.pattern), $0.template)
    }

    /// `text` with every known English phrase in Chinese.
    static func chinese(_ text: String) -> String {
        var result = text
        for (expression, template) in compiled {
            let range = NSRange(result.startIndex..., in: result)
            result = expression.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }
}
