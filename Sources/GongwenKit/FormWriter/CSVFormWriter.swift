import CSV
import Foundation

/// The form as CSV: UTF-8 with a byte order mark, which is how Excel knows to read it as UTF-8.
enum CSVFormWriter {
    static func bytes(_ form: CollectionForm) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: form.columns.map(\.name))
        try writer.write(row: form.typeRow)
        for row in form.rows { try writer.write(row: row.map { $0.map(text) ?? "" }) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        return [0xEF, 0xBB, 0xBF] + [UInt8](data)
    }

    /// A date as 2023-07-06, which spreadsheets and gongwen both read as the date.
    static func text(_ value: Value) -> String {
        if case .date(let d) = value { return d.iso }
        return value.description
    }
}
