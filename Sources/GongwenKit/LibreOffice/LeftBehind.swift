import Foundation

/// What a run killed with SIGKILL leaves, which no handler of its own could undo: LibreOffice
/// workers still running on its private profiles, their profile folders, and the staging folders in
/// the output folder. Every name carries the run's process id (`gongwen-lo-PID-…`,
/// `.gongwen-staging-PID-…`); the next conversion clears what belongs to a process id that is no
/// longer alive, and nothing of a run still going (its own or another's).
enum LeftBehind {
    static let profilePrefix = "gongwen-lo-"
    static let stagingPrefix = ".gongwen-staging-"

    /// The run's process id from a name `PREFIX<pid>-…`, nil for any other name.
    static func owner(of name: String, prefix: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        return pid_t(name.dropFirst(prefix.count).prefix { $0.isNumber })
    }

    /// Whether the process is gone (not merely someone else's: EPERM means it is alive).
    static func isGone(_ pid: pid_t) -> Bool { pid > 0 && kill(pid, 0) != 0 && errno == ESRCH }

    struct Cleared: Equatable { var processes = 0, folders = 0 }

    /// Kills the LibreOffice processes of dead runs' profiles, then removes those profiles and the
    /// dead runs' staging folders in `outputDirectory`.
    @discardableResult
    static func clear(outputDirectory: String, temporaryDirectory: String = NSTemporaryDirectory(), proc: String = "/proc") -> Cleared {
        var cleared = Cleared()
        let temporary = temporaryDirectory.hasSuffix("/") ? String(temporaryDirectory.dropLast()) : temporaryDirectory
        let deadProfiles = ((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [])
            .filter { owner(of: $0, prefix: profilePrefix).map(isGone) ?? false }
            .map { temporary + "/" + $0 }
        if !deadProfiles.isEmpty {
            // A worker names its profile on its command line (-env:UserInstallation=file://…).
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: proc)) ?? [] {
                guard let pid = pid_t(entry), pid != getpid(),
                      let raw = FileManager.default.contents(atPath: "\(proc)/\(entry)/cmdline") else { continue }
                let commandLine = String(decoding: raw.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
                if deadProfiles.contains(where: { commandLine.contains("UserInstallation=file://" + $0) }), kill(pid, SIGKILL) == 0 {
                    cleared.processes += 1
                }
            }
        }
        let staging = ((try? FileManager.default.contentsOfDirectory(atPath: outputDirectory)) ?? [])
            .filter { owner(of: $0, prefix: stagingPrefix).map(isGone) ?? false }
            .map { outputDirectory + "/" + $0 }
        for folder in deadProfiles + staging where (try? FileManager.default.removeItem(atPath: folder)) != nil {
            cleared.folders += 1
        }
        return cleared
    }
}
