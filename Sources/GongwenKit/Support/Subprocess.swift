import Foundation

/// Runs a program; used for soffice, fontconfig and poppler tools.
public enum Subprocess {
    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
        public var timedOut: Bool
    }

    public struct LaunchError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `command` (looked up in PATH). Foundation starts the child as the leader of a new process
    /// group, so on a timeout the child and every process it started are killed together, and only those.
    @discardableResult
    public static func run(_ command: [String], environment: [String: String]? = nil,
                           timeout: TimeInterval? = nil) throws -> Outcome {
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
        // Read while it runs, so a full pipe never blocks the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        let readDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.data = pipe.fileHandleForReading.readDataToEndOfFile()
            readDone.signal()
        }
        var timedOut = false
        if let timeout, done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(-group, SIGKILL)
            kill(group, SIGKILL)
            done.wait()
        } else if timeout == nil {
            done.wait()
        }
        readDone.wait()
        return Outcome(status: process.terminationStatus, output: String(decoding: box.data, as: UTF8.self), timedOut: timedOut)
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
