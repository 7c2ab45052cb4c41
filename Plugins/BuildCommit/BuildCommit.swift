import Foundation
import PackagePlugin

/// Writes `BuildCommit.swift`, holding the git commit the binary is built from, before
/// every build of the target that uses it (`township-reports --version` prints it).
///
/// `abc123def456` on a clean checkout, `abc123def456-modified` when tracked files differ
/// from it, `unknown` outside a git checkout (a source tarball). The file is rewritten only
/// when its text changes, so an unchanged commit costs no recompilation.
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "generated")
        let script = """
            mkdir -p "$2"
            c=$(git -c safe.directory='*' -C "$1" rev-parse --short=12 HEAD 2>/dev/null) || c=unknown
            if [ "$c" != unknown ] && [ -n "$(git -c safe.directory='*' -C "$1" status --porcelain --untracked-files=no 2>/dev/null | head -n 1)" ]; then
              c="$c-modified"
            fi
            text="/// The git commit this binary was built from (written by the BuildCommit plugin).
            let buildCommit = \\"$c\\""
            [ "$(cat "$2/BuildCommit.swift" 2>/dev/null)" = "$text" ] || printf '%s\\n' "$text" > "$2/BuildCommit.swift"
            """
        return [.prebuildCommand(displayName: "Recording the git commit of the build",
                                 executable: URL(fileURLWithPath: "/bin/sh"),
                                 arguments: ["-c", script, "sh", context.package.directoryURL.path, output.path],
                                 outputFilesDirectory: output)]
    }
}
