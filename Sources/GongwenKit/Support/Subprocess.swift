import Foundation
import Synchronization

/// Runs a program; used for soffice, fontconfig and poppler tools.
public enum Subprocess {
    public struct Outcome: Sendable {
        public var status: Int32
        /// Standard output as read: at most `outputLimit` bytes.
        public var bytes: [UInt8]
        public var timedOut: Bool
        /// The child wrote more than `outputLimit` bytes and was killed; `bytes` holds the first ones.
        public var overflowed: Bool = false

        public var output: String { String(decoding: bytes, as: UTF8.self) }
    }

    public struct LaunchError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `command` (looked up in PATH). Foundation starts the child as the leader of a new process
    /// group, so on a timeout the child and every process it started are killed together, and only those.
    /// With `outputLimit`, a child that writes more than that many bytes is killed the same way as
    /// soon as it passes the limit (a program reading someone else's file can be made to write without end).
    @discardableResult
    public static func run(_ command: [String], environment: [String: String]? = nil,
                           timeout: TimeInterval? = nil, outputLimit: Int? = nil) throws -> Outcome {
        let process = Process()
        let arguments = command
        guard let executable = arguments.first.flatMap({ $0.hasPrefix("/") ? $0 : which($0) }) else {
            throw LaunchError(description: "\(command.first ?? "?") not found in PATH")
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.environment = ProcessTimeZone.forChild(environment ?? ProcessInfo.processInfo.environment)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        // An interrupted run kills the child's whole group (see `Interrupts`).
        let group: pid_t
        do {
            group = try Interrupts.shared.spawn {
                try process.run()
                return process.processIdentifier
            }
        } catch let stopped as Interrupts.Stopped {
            throw stopped
        } catch {
            throw LaunchError(description: "cannot start \(executable): \(error)")
        }
        defer { Interrupts.shared.untrack(group: group) }
        // Read while it runs, so a full pipe never blocks the child; past the limit, stop and kill it.
        final class Box: Sendable {
            let read = Mutex<(bytes: [UInt8], overflowed: Bool)>(([], false))
        }
        let box = Box()
        let readDone = DispatchSemaphore(value: 0)
        let limit = outputLimit ?? .max
        let descriptor = pipe.fileHandleForReading.fileDescriptor
        DispatchQueue.global().async {
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let n = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                let full = box.read.withLock { read -> Bool in
                    guard read.bytes.count + n <= limit else {
                        read.bytes += chunk[..<(limit - read.bytes.count)]
                        read.overflowed = true
                        return true
                    }
                    read.bytes += chunk[..<n]
                    return false
                }
                if full {
                    killGroup(group)
                    break
                }
            }
            readDone.signal()
        }
        var timedOut = false
        if let timeout, done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            killGroup(group)
            done.wait()
        } else if timeout == nil {
            done.wait()
        }
        readDone.wait()
        let (bytes, overflowed) = box.read.withLock { ($0.bytes, $0.overflowed) }
        return Outcome(status: process.terminationStatus, bytes: bytes, timedOut: timedOut, overflowed: overflowed)
    }

    /// Kills a child started by `run` and every process it started.
    private static func killGroup(_ group: pid_t) {
        kill(-group, SIGKILL)
        kill(group, SIGKILL)
    }

    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
