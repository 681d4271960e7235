import Foundation
import XCTest
@testable import GongwenKit

/// The hostile corpus run through the real tool, one process a file (issue 26): every file gets a
/// located error and a non-zero exit within 5 s and 500 MB, measured on the child (`wait4`'s
/// rusage), and the findings are exactly those kept beside it (`<name>.expected`). Also what a
/// repository cannot hold: named pipes where files are expected, and units named to forge output.
final class HostileFileTests: XCTestCase {
    static let sheets = Repo.root + "/Tests/GongwenKitTests/Hostile/sheets"
    static let template = Repo.root + "/samples/templates/half-year-summary.yaml"

    struct Run {
        var status: Int32
        var output: String
        var seconds: Double
        var peakMegabytes: Int
        var timedOut: Bool
    }

    /// Runs the tool built by `swift build` (`make test` builds it first), killed after `timeout`.
    func tool(_ arguments: [String], timeout: Double = 20, in folder: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let binary = Repo.root + "/.build/debug/gongwen"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary), "end-to-end tier: \(binary) is not built (swift build)")
        let outputPath = temporaryDirectory() + "/output"
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // The child starts in `folder` (so its messages name files as given); XCTest runs one test at a time.
        let here = FileManager.default.currentDirectoryPath
        if let folder { FileManager.default.changeCurrentDirectoryPath(folder) }
        defer { FileManager.default.changeCurrentDirectoryPath(here) }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        var variables = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { variables[name] = nil }
        variables.merge(environment) { $1 }
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else { throw XCTSkip("end-to-end tier: cannot start \(binary)") }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                break
            }
            usleep(10_000)
        }
        let seconds = Date().timeIntervalSince(start)
        let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        let exited = status & 0x7F == 0
        return Run(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output: output, seconds: seconds,
                   peakMegabytes: usage.ru_maxrss / 1024, timedOut: timedOut)
    }

    func assertBounded(_ run: Run, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(run.timedOut, "\(what) hangs", file: file, line: line)
        XCTAssertLessThan(run.seconds, 5, "\(what) took \(run.seconds) s", file: file, line: line)
        XCTAssertLessThan(run.peakMegabytes, 500, "\(what) took \(run.peakMegabytes) MB", file: file, line: line)
        XCTAssertEqual(run.status, 1, "\(what): exit status \(run.status)\n\(run.output)", file: file, line: line)
        XCTAssertFalse(run.output.contains("Fatal error") || run.output.contains("Crash"), "\(what) crashed: \(run.output)", file: file, line: line)
    }

    /// Each sheet: checked against the sample template, as a clerk's `gongwen check` would.
    func testEveryHostileSheetIsRefusedWithinBounds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.sheets)
            .filter { Sheet.kind(of: $0) != nil }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 8)
        let record = ProcessInfo.processInfo.environment["GONGWEN_RECORD_HOSTILE"] == "1"
        for name in names {
            let run = try tool(["check", "--no-notes", "--template", Self.template, name], in: Self.sheets)
            assertBounded(run, name)
            // Warnings about stand-in faces depend on the fonts installed: only errors are kept.
            let errors = run.output.split(separator: "\n").filter { $0.contains(": error: ") }.joined(separator: "\n") + "\n"
            let expectedPath = Self.sheets + "/" + name + ".expected"
            if record && !FileManager.default.fileExists(atPath: expectedPath) { try errors.write(toFile: expectedPath, atomically: true, encoding: .utf8) }
            XCTAssertEqual(errors, try? String(contentsOfFile: expectedPath, encoding: .utf8), "\(name): findings differ from \(expectedPath)")
            for line in errors.split(separator: "\n") {
                XCTAssertTrue(line.hasPrefix(name + ":"), "\(name): every error names the sheet and its place: \(line)")
                XCTAssertLessThan(line.utf8.count, 400, "\(name): a message repeats what it quotes: \(line.prefix(200))…")
            }
        }
    }

    /// The seal cases of the YAML corpus, each in a process of its own: bounded, and failed.
    func testHostileSealsAndUnitsAreRefusedWithinBounds() throws {
        let folder = Repo.root + "/Tests/GongwenKitTests/Hostile"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { ($0.hasPrefix("seal-") || $0.hasPrefix("unit-")) && $0.hasSuffix(".yaml") && !$0.hasSuffix("-ok.yaml") }.sorted()
            // A folder given as an argument is walked for units (unit-a-folder.yaml is read as a unit
            // when found inside a folder: the in-process corpus test covers it).
            .filter { InputFile.problem(folder + "/" + $0) != .notAFile("a folder") }
        XCTAssertGreaterThanOrEqual(names.count, 12)
        for name in names {
            let run = try tool(["check", "--no-notes", "--root", folder, name], in: folder)
            assertBounded(run, name)
            XCTAssertTrue(run.output.hasPrefix(name + ":"), "\(name): \(run.output)")
            XCTAssertFalse(run.output.contains("hunter2") || run.output.contains("db_password"), "\(name) echoes a file outside the tree")
        }
    }

    /// A named pipe as unit, template, seal or CSV sheet: said at once, never waited on; the
    /// other units still build.
    func testNamedPipesAreRefusedAndTheOtherUnitsBuild() throws {
        let dir = temporaryDirectory()
        write(minimalDocument, to: dir + "/units/good.yaml")
        XCTAssertEqual(mkfifo(dir + "/units/pipe.yaml", 0o644), 0)
        try FileManager.default.createDirectory(atPath: dir + "/templates", withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(dir + "/templates/pipe.yaml", 0o644), 0)
        write("template: ../templates/pipe.yaml\n", to: dir + "/units/uses-pipe-template.yaml")
        try FileManager.default.createDirectory(atPath: dir + "/seals", withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(dir + "/seals/pipe.png", 0o644), 0)
        write(minimalDocument + "signature:\n  name: 中共测试县委宣传部\n  seal: ../seals/pipe.png\n", to: dir + "/units/uses-pipe-seal.yaml")
        let run = try tool(["build", "--odt-only", "--quiet", "-o", dir + "/out", dir + "/units"])
        assertBounded(run, "a build with pipes")
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/out/odt/good.odt"), "the good unit is built: \(run.output)")
        XCTAssertTrue(run.output.contains("\(dir)/units/pipe.yaml: error: cannot read the file: it is a named pipe (FIFO), not a file"), run.output)
        XCTAssertTrue(run.output.contains("\(dir)/units/uses-pipe-template.yaml:1:11: error: cannot read the template '../templates/pipe.yaml': it is a named pipe (FIFO), not a file"), run.output)
        XCTAssertTrue(run.output.contains("\(dir)/units/uses-pipe-seal.yaml:8:9: error: cannot read the seal image '../seals/pipe.png': it is a named pipe (FIFO), not a file"), run.output)

        XCTAssertEqual(mkfifo(dir + "/figures.csv", 0o644), 0)
        let sheet = try tool(["check", "--template", Self.template, dir + "/figures.csv"])
        assertBounded(sheet, "a CSV sheet that is a pipe")
        XCTAssertTrue(sheet.output.contains("\(dir)/figures.csv: error: cannot read the sheet: it is a named pipe (FIFO), not a file"), sheet.output)
        XCTAssertEqual(mkfifo(dir + "/figures.xlsx", 0o644), 0)
        let zipped = try tool(["check", "--template", Self.template, dir + "/figures.xlsx"])
        assertBounded(zipped, "an .xlsx sheet that is a pipe")
        XCTAssertTrue(zipped.output.contains("\(dir)/figures.xlsx: error: cannot read the sheet: it is a named pipe (FIFO), not a file"), zipped.output)
    }

    /// A unit whose file name clears the screen and forges a line: every byte below 0x20 is
    /// escaped in the messages, the progress lines and the JSON report.
    func testUnitNamesCannotDriveTheTerminal() throws {
        let dir = temporaryDirectory()
        let name = "x\u{1B}[2J\nx.yaml:1:1: error: forged\u{9B}\u{202E}"
        write("title: [unclosed\n", to: dir + "/units/\(name).yaml")
        let run = try tool(["build", "--odt-only", "--json", dir + "/report.json", "-o", dir + "/out", dir + "/units"])
        assertBounded(run, "a unit named with control characters")
        for raw in ["\u{1B}", "\u{9B}", "\u{202E}"] { XCTAssertFalse(run.output.contains(raw), "raw \(raw.unicodeScalars.first!.value) in \(run.output)") }
        XCTAssertFalse(run.output.split(separator: "\n").contains { $0.hasPrefix("x.yaml:1:1: error: forged") }, run.output)
        XCTAssertTrue(run.output.contains("/units/x\\u{1B}[2J\\nx.yaml:1:1: error: forged\\u{9B}\\u{202E}.yaml:"), run.output)
        let json = try XCTUnwrap(FileManager.default.contents(atPath: dir + "/report.json"))
        for byte: [UInt8] in [[0x1B], [0xC2, 0x9B], [0xE2, 0x80, 0xAE]] {
            XCTAssertNil(json.firstRange(of: Data(byte)), "raw \(byte) in the JSON report")
        }
        // The same name, decoded by a JSON reader, is the file's name.
        let report = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let units = try XCTUnwrap(report?["units"] as? [[String: Any]])
        XCTAssertEqual(units.first?["unit"] as? String, name)
    }

    /// The same finding in both languages: one place, the message in the locale's language.
    func testMessagesFollowTheLocale() throws {
        let folder = Repo.root + "/Tests/GongwenKitTests/Hostile"
        let english = try tool(["check", "--root", folder, "key-unknown.yaml"], in: folder, environment: ["LANG": "C.UTF-8"])
        let chinese = try tool(["check", "--root", folder, "key-unknown.yaml"], in: folder, environment: ["LANG": "zh_CN.UTF-8"])
        let overridden = try tool(["check", "--root", folder, "key-unknown.yaml"], in: folder, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"])
        XCTAssertEqual(english.status, 1)
        XCTAssertEqual(chinese.status, 1)
        XCTAssertTrue(english.output.hasPrefix("key-unknown.yaml:6:1: error: unknown key 'titel'; did you mean 'title'?"), english.output)
        XCTAssertTrue(chinese.output.hasPrefix("key-unknown.yaml:6:1: error: 未知的键“titel”；是否应为“title”？"), chinese.output)
        XCTAssertEqual(overridden.output, english.output, "LC_ALL decides over LANG")
        let help = try tool(["check", "--help"], environment: ["LANG": "zh_CN.UTF-8"])
        XCTAssertTrue(help.output.contains("读取并检查单位源文件，不写出任何文件"), help.output)
    }

    func testEscapingControlCharacters() {
        XCTAssertEqual(TextEscape.controls("青山县"), "青山县")
        XCTAssertEqual(TextEscape.controls("a\u{1B}[2Jb\nc\td\u{7F}\u{85}\u{202E}—“”"), "a\\u{1B}[2Jb\\nc\\td\\u{7F}\\u{85}\\u{202E}—“”")
        XCTAssertEqual(TextEscape.quoted(String(repeating: "x", count: 100), limit: 5), "'xxxxx…' (100 bytes)")
        XCTAssertEqual(TextEscape.quoted("短", limit: 5), "'短'")
        XCTAssertEqual(String(decoding: TextEscape.jsonControls(Array("{\"a\":\"\u{9B}\u{202E}—\"}".utf8)), as: UTF8.self), "{\"a\":\"\\u009B\\u202E—\"}")
    }
}
