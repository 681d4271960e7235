import Foundation
import Synchronization

/// Progress on standard error: one redrawn line on a terminal, plain lines in a pipe, or nothing.
public final class Progress: Sendable {
    public enum Mode: Sendable { case terminal, lines, quiet }

    let mode: Mode
    /// When the terminal line was last drawn; held while a line is written, so lines never mix.
    private let lastDraw = Mutex(Date.distantPast)

    public init(quiet: Bool) {
        if quiet { mode = .quiet } else { mode = isatty(STDERR_FILENO) == 1 ? .terminal : .lines }
    }

    /// Display width: Chinese characters take two columns.
    public static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x1100 && ($1.value <= 0x115F || $1.value >= 0x2E80)) ? 2 : 1) }
    }

    static func fit(_ text: String, columns limit: Int) -> String {
        var out = "", width = 0
        for c in text {
            let w = columns(String(c))
            if width + w > limit { break }
            out.append(c)
            width += w
        }
        return out + String(repeating: " ", count: max(0, limit - width))
    }

    public func step(stage: String, done: Int, total: Int, unit: String, status: String) {
        guard mode != .quiet else { return }
        lastDraw.withLock { lastDraw in
            let line = "[\(done)/\(total)] \(stage) \(TextEscape.controls(unit)) \(TextEscape.controls(status))"
            switch mode {
            case .terminal:
                // Redraw at most 20 times a second, and always for the last one.
                guard done == total || Date().timeIntervalSince(lastDraw) > 0.05 else { return }
                lastDraw = Date()
                let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
                FileHandle.standardError.write(Data(("\r" + Self.fit(line, columns: width - 1)).utf8))
                if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
            case .lines:
                FileHandle.standardError.write(Data((line + "\n").utf8))
            case .quiet:
                break
            }
        }
    }

    /// A message that must not be overwritten by the progress line.
    public func message(_ text: String) {
        lastDraw.withLock { _ in
            let prefix = mode == .terminal ? "\r\u{1B}[K" : ""
            FileHandle.standardError.write(Data((prefix + TextEscape.controls(Localization.translateLine(text)) + "\n").utf8))
        }
    }
}
