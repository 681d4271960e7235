import Foundation
import Synchronization

/// What an interrupted run must undo: the process groups it started (LibreOffice and its children)
/// and the temporary files and folders it is writing. On SIGINT or SIGTERM the groups are killed and
/// the paths removed before the process exits; outputs already renamed into place stay, complete.
public final class Interrupts: Sendable {
    public static let shared = Interrupts()

    private struct State {
        var groups = Set<pid_t>()
        var paths = Set<String>()
        var stopping = false
        var sources: [DispatchSourceSignal] = []
    }

    private let state = Mutex(State())

    /// Handles SIGINT and SIGTERM for the rest of the process (the CLI calls this once).
    public static func install() {
        shared.state.withLock { state in
            guard state.sources.isEmpty else { return }
            for sig in [SIGINT, SIGTERM] {
                signal(sig, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: sig, queue: DispatchQueue(label: "gongwen.signal"))
                source.setEventHandler {
                    // The lock stays held until exit: no worker starts a process or makes a folder after this.
                    shared.state.withLock { state -> Void in
                        let (killed, removed) = stop(&state)
                        FileHandle.standardError.write(Data("\ngongwen: interrupted: stopped \(killed) LibreOffice process group(s), removed \(removed) temporary file(s); finished outputs are complete\n".utf8))
                        exit(128 + sig)
                    }
                }
                source.resume()
                state.sources.append(source)
            }
        }
    }

    /// Starts a child (`start` returns its process group) unless the run is being stopped; the
    /// start and the record of it are one step, so no child can slip past an interrupt.
    func spawn(_ start: () throws -> pid_t) throws -> pid_t {
        try state.withLock { state throws -> pid_t in
            guard !state.stopping else { throw Stopped() }
            let group = try start()
            state.groups.insert(group)
            return group
        }
    }

    /// A folder the run makes and removes (a staging folder): made and recorded as one step.
    func makeDirectories(_ path: String) throws {
        try state.withLock { state throws -> Void in
            guard !state.stopping else { throw Stopped() }
            state.paths.insert(path)
            try FileSystem.makeDirectories(path)
        }
    }

    func untrack(group: pid_t) { state.withLock { _ = $0.groups.remove(group) } }

    /// A temporary path about to be created; false once the run is being stopped (do not create it).
    @discardableResult
    func track(path: String) -> Bool {
        state.withLock { state in
            guard !state.stopping else { return false }
            state.paths.insert(path)
            return true
        }
    }

    func untrack(path: String) { state.withLock { _ = $0.paths.remove(path) } }

    /// Kills every tracked group, waits (a second at most) for them to be gone, then removes every
    /// tracked path; returns how many of each. The caller holds the lock.
    private static func stop(_ state: inout State) -> (groups: Int, paths: Int) {
        state.stopping = true
        let (g, p) = (state.groups, state.paths)
        for group in g { kill(-group, SIGKILL) }
        // A killed process may still finish the system call it was in (making its profile folder).
        let deadline = Date().addingTimeInterval(1)
        while Date() < deadline, g.contains(where: { kill(-$0, 0) == 0 && !onlyZombies($0) }) { usleep(10_000) }
        var removed = 0
        for path in p where (try? FileManager.default.removeItem(atPath: path)) != nil { removed += 1 }
        return (g.count, removed)
    }

    /// Whether every process of `group` has exited (is a zombie waiting to be reaped).
    static func onlyZombies(_ group: pid_t) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return true }
        for entry in entries {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // state, ppid, pgrp
            guard fields.count > 2, Int32(fields[2]) == group else { continue }
            if fields[0] != "Z" { return false }
        }
        return true
    }

    struct Stopped: Error, CustomStringConvertible {
        var description: String { "interrupted" }
    }
}
