import Foundation
import XCTest
@testable import GongwenKit

/// A build killed with SIGKILL leaves LibreOffice workers and folders that no handler could
/// remove (issue 21.6): the next conversion clears those of dead runs, and nothing of live ones.
final class LeftBehindTests: XCTestCase {
    /// A process id that was alive a moment ago and is not now.
    func deadPID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    func testNamesCarryTheirRunsProcessID() {
        XCTAssertEqual(LeftBehind.owner(of: ".gongwen-staging-4242-17-0", prefix: LeftBehind.stagingPrefix), 4242)
        XCTAssertEqual(LeftBehind.owner(of: "gongwen-lo-77-3-1", prefix: LeftBehind.profilePrefix), 77)
        XCTAssertNil(LeftBehind.owner(of: "青山县.pdf", prefix: LeftBehind.stagingPrefix))
        XCTAssertFalse(LeftBehind.isGone(getpid()))
    }

    func testDeadRunsWorkersAndFoldersGoAndLiveOnesStay() throws {
        let dir = temporaryDirectory()
        let temporary = dir + "/tmp", output = dir + "/pdf"
        let dead = try deadPID()
        XCTAssertTrue(LeftBehind.isGone(dead))
        let deadProfile = temporary + "/gongwen-lo-\(dead)-99-0", liveProfile = temporary + "/gongwen-lo-\(getpid())-99-0"
        let deadStaging = output + "/.gongwen-staging-\(dead)-99-0", liveStaging = output + "/.gongwen-staging-\(getpid())-99-1"
        for folder in [deadProfile, liveProfile, deadStaging, liveStaging] { write("x", to: folder + "/file") }
        write("%PDF", to: output + "/青山县.pdf")
        // A stand-in worker of the dead run, named by its profile as soffice is.
        // One process each (bash replaces itself with sleep, the marker in its argv[0]): a shell
        // with a sleeping child would keep Foundation's exit notification open for 30 s.
        func worker(_ profile: String) -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "exec -a \"soffice -env:UserInstallation=file://$1\" sleep 30", "bash", profile]
            return process
        }
        let orphan = worker(deadProfile), bystander = worker(liveProfile)
        try orphan.run()
        try bystander.run()
        defer { bystander.terminate() }
        // Wait until both show their markers (bash has exec'd).
        let shown = Date().addingTimeInterval(5)
        func marked(_ process: Process, _ profile: String) -> Bool {
            let raw = FileManager.default.contents(atPath: "/proc/\(process.processIdentifier)/cmdline") ?? Data()
            return String(decoding: raw, as: UTF8.self).hasPrefix("soffice -env:UserInstallation=file://" + profile)
        }
        while Date() < shown, !(marked(orphan, deadProfile) && marked(bystander, liveProfile)) { usleep(5_000) }
        XCTAssertTrue(marked(orphan, deadProfile) && marked(bystander, liveProfile), "the stand-in workers show their profiles within 5 s")
        let cleared = LeftBehind.clear(outputDirectory: output, temporaryDirectory: temporary + "/")
        XCTAssertEqual(cleared, LeftBehind.Cleared(processes: 1, folders: 2))
        orphan.waitUntilExit()
        XCTAssertEqual(orphan.terminationReason, .uncaughtSignal)
        XCTAssertEqual(orphan.terminationStatus, SIGKILL)
        XCTAssertEqual(kill(bystander.processIdentifier, 0), 0, "a live run's worker is left alone")
        XCTAssertTrue(bystander.isRunning, "a live run's worker is left alone")
        for gone in [deadProfile, deadStaging] { XCTAssertFalse(FileManager.default.fileExists(atPath: gone), gone) }
        for kept in [liveProfile, liveStaging, output + "/青山县.pdf"] { XCTAssertTrue(FileManager.default.fileExists(atPath: kept), kept) }
    }

    /// The real thing: a build killed with SIGKILL while LibreOffice converts; the next build
    /// leaves no worker of it running and no staging folder.
    func testABuildKilledMidConversionLeavesNothingAfterTheNextRun() throws {
        try XCTSkipIf(Subprocess.which("soffice") == nil, "end-to-end tier: LibreOffice is not installed (make deps)")
        let binary = Repo.root + "/.build/debug/gongwen"
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary), "end-to-end tier: \(binary) is not built (swift build)")
        let dir = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/units", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/templates", withIntermediateDirectories: true)
        for unit in Repo.sampleUnits.prefix(4) {
            try FileManager.default.copyItem(atPath: unit, toPath: dir + "/units/" + (unit as NSString).lastPathComponent)
        }
        try FileManager.default.copyItem(atPath: Repo.root + "/samples/templates/half-year-summary.yaml", toPath: dir + "/templates/half-year-summary.yaml")
        let build = Process()
        build.executableURL = URL(fileURLWithPath: binary)
        build.arguments = ["build", "--quiet", "-o", dir + "/out", dir + "/units"]
        build.standardError = FileHandle.nullDevice
        try build.run()
        let pid = build.processIdentifier
        // Wait for a worker's staging folder: LibreOffice is converting.
        let deadline = Date().addingTimeInterval(60)
        var staging: [String] = []
        while Date() < deadline, build.isRunning {
            staging = ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/out/pdf")) ?? []).filter { $0.hasPrefix(LeftBehind.stagingPrefix) }
            if !staging.isEmpty { break }
            usleep(20_000)
        }
        try XCTSkipIf(staging.isEmpty, "end-to-end tier: the build finished before it could be killed mid-conversion")
        kill(pid, SIGKILL)
        build.waitUntilExit()
        XCTAssertEqual(build.terminationReason, .uncaughtSignal)

        let again = Process()
        again.executableURL = URL(fileURLWithPath: binary)
        again.arguments = ["build", "--quiet", "-o", dir + "/out", dir + "/units"]
        try again.run()
        again.waitUntilExit()
        XCTAssertEqual(again.terminationStatus, 0)
        let left = ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/out/pdf")) ?? []).filter { $0.hasPrefix(LeftBehind.stagingPrefix) }
        XCTAssertEqual(left, [], "staging folders of the killed run")
        let marker = "gongwen-lo-\(pid)-"
        var workers: [String] = []
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where Int32(entry) != nil {
            if let raw = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"), String(decoding: raw, as: UTF8.self).contains(marker) {
                workers.append(entry)
            }
        }
        XCTAssertEqual(workers, [], "LibreOffice workers of the killed run")
        XCTAssertFalse(((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []).contains { $0.hasPrefix(marker) })
    }
}
