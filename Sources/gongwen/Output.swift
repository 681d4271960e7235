import Foundation
import GongwenKit

/// A text of the command line (help, a summary) in the user's language (`Localization`).
func tr(_ text: String) -> String { Localization.translate(text) }

/// What the tool prints, one line at a time: the message in the user's language, control
/// characters escaped (a value from a source can neither drive the terminal nor forge a line).
enum Output {
    static func line(_ text: String) -> String { TextEscape.controls(Localization.translateLine(text)) }
    static func out(_ text: String) { print(line(text)) }
    static func err(_ text: String) { FileHandle.standardError.write(Data((line(text) + "\n").utf8)) }
}
