import Foundation

/// What the report page shows of a folder of output (issue 24): each unit's last build, kept as a
/// small file of its own, `OUT/report/units/NAME.json`, so that every build, however it was called
/// (`make` builds one unit per call), adds to one picture of the folder without rewriting the others.
/// A unit whose source is gone is left out of the page.
public enum UnitRecords {
    public static func folder(_ output: String) -> String { output + "/report/units" }

    /// One record per unit of `report`, each written whole or not at all, on `jobs` threads (the
    /// build's other threads are idle by then); the first failure, in the units' order, is thrown.
    public static func store(_ report: BuildReport, in output: String, jobs: Int = 1) throws {
        guard !report.units.isEmpty else { return }
        let folder = folder(output)
        try FileSystem.makeDirectories(folder)
        let units = report.units
        let failures = WorkerThreads.map(units.count, workers: max(1, jobs)) { i -> String? in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            do {
                try ZipArchive.writeAtomicallyIfChanged(Array(try encoder.encode(units[i])), to: folder + "/" + units[i].unit + ".json")
                return nil
            } catch {
                return "\(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw FileSystem.Failure(description: failure) }
    }

    /// Every record in `output` whose source still exists, by unit name; records that cannot be read
    /// are skipped (a later build rewrites them).
    /// `stored`: records this process has just stored in `output`, which are taken as they are
    /// rather than read back (3,000 of them are 2 % of a build).
    public static func load(_ output: String, stored: [UnitReport] = []) -> [UnitReport] {
        let folder = folder(output)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        let decoder = JSONDecoder()
        // By the file's name byte for byte (a String key would take an NFD spelling of a name for its NFC one).
        var known: [NameKey: UnitReport] = [:]
        for record in stored { known[NameKey(record.unit + ".json")] = record }
        var records: [UnitReport] = []
        for name in names {
            let record: UnitReport
            if let kept = known[NameKey(name)] {
                record = kept
            } else {
                // A record is a few kilobytes; anything far larger was not written by gongwen.
                guard case .success(let data) = InputFile.read(folder + "/" + name, limit: 1 << 20),
                      let read = try? decoder.decode(UnitReport.self, from: Data(data)) else { continue }
                record = read
            }
            // A record names its own file: one that names another (a path, a hidden name) was not
            // written by gongwen and could send the report to files outside the folder.
            guard record.unit + ".json" == name, !record.unit.hasPrefix("."), !record.unit.contains("/"),
                  !record.unit.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { continue }
            if let file = record.file, !FileManager.default.fileExists(atPath: file.hasPrefix("/") ? file : output + "/" + file) { continue }
            records.append(record)
        }
        return records
    }
}
