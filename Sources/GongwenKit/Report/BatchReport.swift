import Foundation

/// `OUT/report.html`, written by every build (issue 24): the units of one or more output folders,
/// each as its last build left it (`UnitRecords`), with its PDF's pages, `verify` result and
/// thumbnail (`PDFFactsCache`), and the figures added up as a rollup adds them.
public enum BatchReport {
    public struct Folder: Sendable {
        public var path: String
        public var title: String
        /// Records this process has just stored in the folder (`UnitRecords.store`): not read back.
        public var stored: [UnitReport]
        public init(path: String, title: String, stored: [UnitReport] = []) {
            self.path = path
            self.title = title
            self.stored = stored
        }
    }

    public struct Written: Sendable {
        /// Units on the page.
        public var units: Int
        /// What could not be shown (pictures not drawn), each said once.
        public var problems: [String]
    }

    public struct NoRecords: Error, CustomStringConvertible {
        public var folder: String
        public var description: String { "no build has recorded its units in \(folder): build into it first (gongwen build -o \(folder))" }
    }

    /// Writes the page for `folders` to `page` (whole or not at all); a folder no build has written
    /// into is refused (a mistyped name would otherwise give an empty page).
    @discardableResult
    public static func write(folders: [Folder], to page: String, jobs: Int) throws -> Written {
        let pageFolder = (page as NSString).deletingLastPathComponent
        var sections: [ReportPage.Section] = []
        var problems: [String] = []
        for folder in folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: UnitRecords.folder(folder.path), isDirectory: &isFolder), isFolder.boolValue else {
                throw NoRecords(folder: folder.path)
            }
            let records = UnitRecords.load(folder.path, stored: folder.stored)
            let pdfs = records.compactMap { record -> String? in
                let path = folder.path + "/pdf/" + record.unit + ".pdf"
                return FileManager.default.fileExists(atPath: path) ? path : nil
            }
            let cache = folder.path + "/report/cache"
            let (facts, drawing) = try PDFFactsCache.facts(pdfs, cache: cache, jobs: jobs)
            for problem in drawing where !problems.contains(problem) { problems.append(problem) }
            let links = Links(from: pageFolder.isEmpty ? "." : pageFolder)
            let rows = records.map { row($0, folder: folder.path, facts: facts, cache: cache, pageFolder: pageFolder.isEmpty ? "." : pageFolder, links: links) }
            sections.append(ReportPage.Section(title: folder.title, rows: rows.sorted { ($0.status == .failed ? 0 : 1, $0.source, $0.name) < ($1.status == .failed ? 0 : 1, $1.source, $1.name) },
                                               rollup: rollup(records)))
        }
        let bytes = try ReportPage.html(title: "gongwen 生成报告", sections: sections)
        let written = Written(units: sections.map(\.rows.count).reduce(0, +), problems: problems)
        try ZipArchive.writeAtomicallyIfChanged(bytes, to: page)
        return written
    }

    /// One unit's row from its record and the files in its folder.
    static func row(_ record: UnitReport, folder: String, facts: [String: PDFFacts], cache: String, pageFolder: String, links maker: Links? = nil) -> ReportPage.Row {
        let maker = maker ?? Links(from: pageFolder)
        let failed = record.odt == .failed || record.converted == .failed || record.ofd == .failed
        let built = record.odt == .built || record.converted == .built || record.ofd == .built
        var row = ReportPage.Row(name: record.unit, source: record.source, status: failed ? .failed : (built ? .built : .unchanged))
        row.errors = record.diagnostics.filter { $0.contains(": error: ") || $0.hasPrefix("error: ") }
        row.warnings = record.diagnostics.filter { $0.contains(": warning: ") }
        var links: [(String, String)] = []
        for (label, sub, ext) in [("PDF", "pdf", "pdf"), ("ODT", "odt", "odt"), ("OFD", "ofd", "ofd"), ("DOCX", "docx", "docx")] {
            let path = folder + "/" + sub + "/" + record.unit + "." + ext
            if FileManager.default.fileExists(atPath: path) { links.append((label, maker.link(path))) }
            // Attachments bound separately (§7.3.7) have files of their own.
            for attachment in record.attachmentODTs ?? [] {
                let name = UnitNaming.unitName(attachment)
                let other = folder + "/" + sub + "/" + name + "." + ext
                if FileManager.default.fileExists(atPath: other) { links.append((name.dropFirst(record.unit.count).trimmingCharacters(in: ["-"]) + " " + label, maker.link(other))) }
            }
        }
        row.links = links
        let pdf = folder + "/pdf/" + record.unit + ".pdf"
        // A PDF older than its .odt was not made from it (the conversion failed, or was not asked for):
        // what it shows is the unit as it was.
        if let made = FileSystem.modified(pdf), let odt = FileSystem.modified(folder + "/odt/" + record.unit + ".odt"), made < odt {
            row.stalePDF = true
        }
        // Every PDF there has its facts (one that cannot be read has a problem), none else.
        row.hasPDF = facts[pdf] != nil
        if let fact = facts[pdf] {
            row.pages = fact.pages
            row.findings = fact.problem == nil ? fact.findings : nil
            row.problem = fact.problem
            row.thumbnail = fact.thumbnail.map { maker.link(cache + "/" + $0) }
        }
        return row
    }

    /// Each figure every unit gives as a number, added up as a rollup adds it (`Rollup.value`): the
    /// same totals, averages and rankings the city's summary prints.
    public static func rollup(_ records: [UnitReport]) -> [ReportPage.RollupLine] {
        let units = records.filter { $0.odt != .failed }.compactMap { record -> RollupUnit? in
            guard let figures = record.figures, !figures.isEmpty else { return nil }
            return RollupUnit(name: record.unit, values: Figures(figures.compactMap { figure in figure.value.map { (name: figure.name, value: $0) } }))
        }
        guard units.count > 1 else { return [] }
        // Each unit's figures set in the columns of the first unit's names, in one pass (a figure
        // looked up by name is a walk along the unit's names, thirty of them for 3,000 units).
        let names = units[0].values.names
        var column: [NameKey: Int] = [:]
        for (i, name) in names.enumerated() where column[NameKey(name)] == nil { column[NameKey(name)] = i }
        var columns = [[Value?]](repeating: [Value?](repeating: nil, count: units.count), count: names.count)
        for (u, unit) in units.enumerated() {
            for (name, value) in zip(unit.values.names, unit.values.values) {
                // A name given twice counts as given first, as looking it up would find it.
                guard let i = column[NameKey(name)], columns[i][u] == nil else { continue }
                columns[i][u] = value
            }
        }
        return names.compactMap { field in
            guard let i = column[NameKey(field)], columns[i].allSatisfy({ $0?.number != nil }) else { return nil }
            // Each unit with this one figure: seven functions then look it up among one, not among all.
            let units = zip(units, columns[i]).compactMap { unit, value in value.map { RollupUnit(name: unit.name, values: Figures([(name: field, value: $0)])) } }
            func text(_ function: Rollup.Function, _ field: String) -> String {
                switch Rollup.value(function, field: field, units: units) {
                case .success(let value): return value.description
                case .failure: return "—"
                }
            }
            let maximum = text(.maximum, field) + "（" + text(.maximumUnit, field) + "）"
            let minimum = text(.minimum, field) + "（" + text(.minimumUnit, field) + "）"
            return ReportPage.RollupLine(field: field, units: units.count, total: text(.sum, field), average: text(.average, field),
                                         maximum: maximum, minimum: minimum, top: text(.top(3), field))
        }
    }

    /// Links from the page to files in a few folders (a unit's PDF, ODT, OFD, picture): each folder's
    /// way from the page reckoned once, not once a file (`relative` asks Foundation to standardise
    /// both paths).
    final class Links {
        let page: String
        private var folders: [String: String] = [:]
        init(from page: String) { self.page = page }

        /// What `relative(path, from: page)` gives.
        func link(_ path: String) -> String {
            let name = (path as NSString).lastPathComponent, folder = (path as NSString).deletingLastPathComponent
            guard !name.isEmpty, name != ".", name != "..", !folder.isEmpty, path.hasSuffix("/" + name) else { return BatchReport.relative(path, from: page) }
            let way: String
            if let known = folders[folder] { way = known } else {
                way = BatchReport.relative(folder, from: page)
                folders[folder] = way
            }
            return way == "." ? BatchReport.encoded(name) : way + "/" + BatchReport.encoded(name)
        }
    }

    /// `path` as a link from a page in `folder`: relative, each part percent-encoded.
    static func relative(_ path: String, from folder: String) -> String {
        FileSystem.relative(path, from: folder).split(separator: "/", omittingEmptySubsequences: false).map { encoded(String($0)) }.joined(separator: "/")
    }

    /// One part of a link, percent-encoded ('/' and ';' too).
    static func encoded(_ part: String) -> String {
        part.addingPercentEncoding(withAllowedCharacters: linkAllowed) ?? part
    }

    private static let linkAllowed: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;")
        return allowed
    }()
}
