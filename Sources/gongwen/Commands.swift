import ArgumentParser
import Foundation
import GongwenKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read and check unit sources without writing anything; prints errors, warnings and typography notes.")

    @Argument(help: "Unit sources, folders or @list files.") var sources: [String] = ["samples/units"]
    @Flag(help: "Leave out typography notes.") var noNotes = false
    @Option(help: "fontconfig rules for stand-in faces (characters are checked against the faces they give).") var fontsConfig: String?
    @Option(help: "A folder of licensed faces.") var fonts: String?

    func run() throws {
        let units: [String]
        do { units = try UnitDiscovery.find(sources) } catch { throw fail(error) }
        var failed = 0
        // Without fontconfig the sources are still checked; only the characters are not.
        var setup: FontSetup?
        var coverage: GlyphCoverage?
        do {
            setup = try FontSetup.prepare(template: fontsConfig ?? FontSetup.defaultTemplate, extraFontDirectory: fonts)
            coverage = try setup.map { try GlyphCoverage(configPath: $0.configPath) }
        } catch {
            FileHandle.standardError.write(Data("gongwen: warning: fonts: \(error); characters are not checked against the faces\n".utf8))
        }
        defer { setup?.cleanUp() }
        // A template's own notes come with every unit that uses it: say each once.
        var said = Set<String>()
        for unit in units {
            do {
                let result = try DocumentReader.check(path: unit, coverage: coverage)
                for d in result where !(noNotes && d.severity == .note) && said.insert(d.description).inserted { print(d) }
            } catch {
                failed += 1
                _ = fail(error)
            }
        }
        for clash in UnitDiscovery.nameClashes(units) { print(clash) }
        FileHandle.standardError.write(Data("gongwen check: \(units.count) units, \(units.count - failed) ok, \(failed) with errors\n".utf8))
        if failed > 0 { throw ExitCode(1) }
    }
}

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert .odt files with a pool of LibreOffice workers; skips outputs that are up to date.")

    @Argument(help: ".odt files.") var files: [String]
    @Option(name: .shortAndLong, help: "Output folder.") var output = "out/pdf"
    @Option(name: .shortAndLong, help: "LibreOffice workers.") var jobs = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Files per LibreOffice call.") var batch = 200
    @Option(help: "fontconfig rules for stand-in faces.") var fontsConfig: String?
    @Option(help: "A folder of licensed faces.") var fonts: String?
    @Flag(help: "PDF/A-2b.") var pdfa = false
    @Flag(help: "Write .docx instead of PDF.") var docx = false
    @Flag(help: "Convert even what is up to date.") var force = false
    @Flag(name: .shortAndLong) var quiet = false
    @Flag(help: "Fail before converting when any role would print in a stand-in.") var requireOfficialFonts = false

    func run() throws {
        if requireOfficialFonts { try requireOfficial(fontsConfig: fontsConfig, fonts: fonts) }
        var converter = PDFConverter()
        converter.format = docx ? .docx : (pdfa ? .pdfa : .pdf)
        converter.workers = max(1, jobs)
        converter.batchSize = max(1, batch)
        converter.force = force
        let setup = try FontSetup.prepare(template: fontsConfig ?? FontSetup.defaultTemplate, extraFontDirectory: fonts)
        converter.fontConfig = setup.configPath
        defer { setup.cleanUp() }
        let progress = Progress(quiet: quiet)
        let done = Counter()
        let total = files.count
        let started = Date()
        let stage = converter.format.fileExtension.uppercased()
        let outcomes = converter.convert(files, into: output) { o in
            if let e = o.error { progress.message("\(o.input): error: \(e)") }
            progress.step(stage: stage, done: done.increment(), total: total,
                          unit: UnitDiscovery.unitName(o.input), status: o.status)
        }
        let failed = outcomes.filter { $0.error != nil }.count
        let skipped = outcomes.filter(\.skipped).count
        FileHandle.standardError.write(Data(String(format: "gongwen convert: %d converted, %d up to date, %d failed (%.1f s)\n",
                                                   outcomes.count - failed - skipped, skipped, failed, Date().timeIntervalSince(started)).utf8))
        let standIns = setup.resolve().filter { !$0.isOfficial }
        if outcomes.count - failed - skipped > 0, !standIns.isEmpty, !quiet {
            FileHandle.standardError.write(Data(("stand-in fonts: " + standIns.map(\.description).joined(separator: "; ") + "\n").utf8))
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the XML parts of .odt files against the OASIS ODF 1.3 RelaxNG schema.")

    @Argument(help: ".odt files.") var files: [String]
    @Option(help: "Folder with OpenDocument-v1.3-schema.rng and OpenDocument-v1.3-manifest-schema.rng.")
    var schemas = "../shared/odf-schema/odf1.3"

    func run() throws {
        let validator: ODFValidator
        do { validator = try ODFValidator(schemaDirectory: schemas) } catch { throw fail(error) }
        var bad = 0
        for file in files {
            let problems: [String]
            do { problems = validator.validate(try OdtReader.parts(of: file)) } catch { problems = ["\(error)"] }
            if problems.isEmpty { print("\(file): valid ODF 1.3") } else {
                bad += 1
                problems.forEach { print("\(file): error: \($0)") }
            }
        }
        if bad > 0 { throw ExitCode(1) }
    }
}

struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show, for each role, the face PDFs will use and whether it is the official one or a stand-in.")

    @Option(help: "fontconfig rules for stand-in faces.") var fontsConfig: String?
    @Option(help: "A folder of licensed faces.") var fonts: String?
    @Flag(help: "Exit 1, with an error per role, when any role would print in a stand-in.") var requireOfficialFonts = false

    func run() throws {
        let setup = try FontSetup.prepare(template: fontsConfig ?? FontSetup.defaultTemplate, extraFontDirectory: fonts)
        defer { setup.cleanUp() }
        let resolutions = setup.resolve()
        for r in resolutions {
            let verdict = r.isOfficial ? "official" : "stand-in"
            print("\(r.role.role)\t\(r.role.official)\t→ \(r.face)\t[\(verdict)]\t\(r.file)")
        }
        if requireOfficialFonts {
            let errors = FontSetup.standInErrors(resolutions)
            if !errors.isEmpty { throw fail(DiagnosticError(errors)) }
        }
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure finished PDFs (from any tool) against GB/T 9704-2012 and print each deviation with its page and position.")

    @Argument(help: "PDF files.") var files: [String]

    func run() throws {
        var bad = 0
        for file in files {
            do {
                let findings = LayoutVerifier.verify(try PDFLayout.read(pdf: file))
                if findings.isEmpty { print("\(file): ok") }
                findings.forEach { print("\(file): \($0)") }
                if !findings.isEmpty { bad += 1 }
            } catch {
                bad += 1
                _ = fail(error)
            }
        }
        FileHandle.standardError.write(Data("gongwen verify: \(files.count - bad) of \(files.count) files meet the layout\n".utf8))
        if bad > 0 { throw ExitCode(1) }
    }
}

struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bundle sources, templates, styles, .odt and .pdf files with a SHA-256 MANIFEST, or verify a bundle.")

    @Argument(help: "Unit sources or folders (for --verify: bundles).") var inputs: [String] = ["samples/units"]
    @Option(help: "Folder of built output (holds odt/ and pdf/).") var built = "out"
    @Option(name: .shortAndLong, help: "Where the bundle goes.") var output = "out/archive"
    @Option(help: "Style folder to include.") var styles = "styles"
    @Flag(help: "Re-hash the bundles given and report any difference.") var verify = false

    func run() throws {
        if verify {
            var bad = 0
            for bundle in inputs {
                do {
                    let problems = try Archiver.verify(bundle: bundle)
                    if problems.isEmpty { print("\(bundle): intact") } else { bad += 1 }
                    problems.forEach { print("\(bundle): error: \($0)") }
                } catch {
                    bad += 1
                    print("\(bundle): error: \(error)")
                }
            }
            if bad > 0 { throw ExitCode(1) }
            return
        }
        let date = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init).map(OfficialDate.init(epochSeconds:))
            ?? OfficialDate(epochSeconds: Int(Date().timeIntervalSince1970))
        do {
            let units = try UnitDiscovery.find(inputs)
            let bundle = try Archiver.create(units: units, odtDirectory: built + "/odt", pdfDirectory: built + "/pdf",
                                             stylesDirectory: FileManager.default.fileExists(atPath: styles) ? styles : nil,
                                             outputDirectory: output, date: date)
            print(bundle)
        } catch {
            throw fail(error)
        }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write units as Markdown (a readable preview; the benchmark feeds it to pandoc).")

    @Argument(help: "Unit sources, folders or @list files.") var sources: [String]
    @Option(name: .shortAndLong, help: "Output folder.") var output = "out/markdown"

    func run() throws {
        do {
            let units = try UnitDiscovery.find(sources)
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for unit in units {
                let markdown = MarkdownWriter.write(try DocumentReader.read(path: unit).document)
                try markdown.write(toFile: "\(output)/\(UnitDiscovery.unitName(unit)).md", atomically: true, encoding: .utf8)
            }
        } catch { throw fail(error) }
    }
}
