import Foundation

/// Finds unit sources: files as given, `*.yaml`/`*.yml` under folders (skipping folders named
/// `templates` and files starting with `_`), and list files named `@list.txt` (one path a line).
public enum UnitDiscovery {
    public static func find(_ arguments: [String]) throws(DiagnosticError) -> [String] {
        var found: [String] = []
        for argument in arguments {
            if argument.hasPrefix("@") {
                let list = String(argument.dropFirst())
                let text: String
                switch InputFile.read(list, limit: 16 << 20) {
                case .success(let bytes): text = String(decoding: bytes, as: UTF8.self)
                case .failure(let failure): throw .error("cannot read the list: \(failure.reason)", at: .file(list))
                }
                let entries = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                found += try find(entries)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw .error("no such file or folder", at: .file(argument))
            }
            if !isDirectory.boolValue { found.append(argument); continue }
            var inFolder: [String] = []
            let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            walk(base, into: &inFolder)
            found += inFolder.sorted()
        }
        if found.allSatisfy(\.isPlainText) {
            var seen = Set<NameKey>()
            return found.filter { seen.insert(NameKey($0)).inserted }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }

    /// The sources under `folder`, walked with readdir: FileManager's enumerator cost 55,000
    /// instructions a file, before any worker could start (a tenth of a second for 3,000 units).
    /// Folders named `templates` or hidden are not entered; linked folders are not followed (as
    /// the enumerator did); an unreadable folder is passed over.
    static func walk(_ folder: String, into found: inout [String]) {
        guard let stream = opendir(folder) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let first = name.utf8.first, first != UInt8(ascii: "."), name != "templates" else { continue }
            let path = folder + "/" + name
            var isFolder = entry.pointee.d_type == DT_DIR
            if entry.pointee.d_type == DT_UNKNOWN {
                var info = stat()
                isFolder = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { walk(path, into: &found) }
            if first != UInt8(ascii: "_") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) { found.append(path) }
        }
    }

    /// Everything about the units' output names that would stop a build: clashes and names too long.
    public static func outputNameProblems(_ units: [String]) -> [Diagnostic] {
        outputNameProblems(units.map(UnitInput.file))
    }

    /// The same for units of any origin: a unit in a YAML file and a sheet's row is a clash too.
    static func outputNameProblems(_ units: [UnitInput]) -> [Diagnostic] {
        let tooLong = units.compactMap { unit -> Diagnostic? in
            guard case .file = unit.origin else { return nil }
            let bytes = unit.name.utf8.count
            guard bytes > UnitNaming.maximumNameBytes else { return nil }
            return .error("the unit name is \(bytes) bytes long (UTF-8); its output files need a name of at most \(UnitNaming.maximumNameBytes) bytes: shorten the file name",
                          at: unit.nameLocation)
        }
        return tooLong + nameClashes(units)
    }

    /// Units whose output names clash (the same file name in two folders) would overwrite each
    /// other's `.odt` and `.pdf`: each clash is an error at the second file.
    public static func nameClashes(_ units: [String]) -> [Diagnostic] {
        nameClashes(units.map(UnitInput.file))
    }

    static func nameClashes(_ units: [UnitInput]) -> [Diagnostic] {
        let names = units.map(\.name)
        // Plain names (`isPlainText`) are already NFC, so two are the same String exactly when their
        // bytes are: compared as bytes, without normalising each one to hash it.
        if names.allSatisfy(\.isPlainText) { return nameClashes(units, names: names, key: NameKey.init) }
        return nameClashes(units, names: names, key: { $0 })
    }

    private static func nameClashes<Key: Hashable>(_ units: [UnitInput], names: [String], key: (String) -> Key) -> [Diagnostic] {
        var first: [Key: String] = [:]
        return zip(units, names).compactMap { unit, name in
            if case .brokenSheet = unit.origin { return nil }
            // A row already refused (a second row of a unit is one) writes nothing.
            if case .row(let row) = unit.origin, row.diagnostics.contains(where: { $0.severity == .error }) { return nil }
            if let earlier = first[key(name)] {
                return .error("unit name '\(name)' is also used by \(earlier); both would write \(name).odt", at: unit.nameLocation)
            }
            first[key(name)] = unit.source
            return nil
        }
    }

    /// `--shard K/N`: a stable, disjoint slice, chosen by a hash of the unit's name, so the same unit
    /// lands in the same shard on every machine, whatever the folder layout.
    public static func shard(_ units: [String], index: Int, count: Int) -> [String] {
        units.filter { inShard(UnitNaming.unitName($0), index: index, count: count) }
    }

    public static func shard(_ units: [UnitInput], index: Int, count: Int) -> [UnitInput] {
        units.filter { inShard($0.name, index: index, count: count) }
    }

    static func inShard(_ name: String, index: Int, count: Int) -> Bool { Int(fnv1a(name) % UInt64(count)) == index - 1 }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash
    }
}
