import ArgumentParser
import Foundation
import GongwenKit

/// `gongwen watch`: a preview while writing (issue 24).
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: tr("Rebuild units to PDF with gongwen's own engine on every save, printing errors, warnings and verify's findings; Ctrl-C stops."))

    @Argument(help: ArgumentHelp(tr("Unit sources, folders or @list files."))) var sources: [String] = ["samples/units"]
    @Option(name: .shortAndLong, help: ArgumentHelp(tr("Output folder (gets odt/ and pdf/)."))) var output = "out"
    @Option(help: ArgumentHelp(tr("fontconfig rules for stand-in faces (default: the built-in copy of styles/fonts.conf)."))) var fontsConfig: String?
    @Option(help: ArgumentHelp(tr("A folder of licensed faces (e.g. the official ones) to use for PDFs."))) var fonts: String?
    @Option(help: ArgumentHelp(tr("digital (draw the red 版头) or preprinted (paper with the red 版头 on it: 套打); overrides the sources.")))
    var letterhead: Header.Letterhead?
    @OptionGroup(title: "Sources") var sourceOptions: SourceOptions

    func run() throws {
        var options = BuildOptions()
        options.outputDirectory = output
        options.letterhead = letterhead
        options.fontsDirectory = fonts
        options.policy = sourceOptions.policy
        if let fontsConfig { options.fontConfigTemplate = fontsConfig }
        let setup: FontSetup
        do {
            setup = try FontSetup.prepare(template: options.fontConfigTemplate, extraFontDirectory: fonts)
        } catch {
            throw fail(DiagnosticError.error("\(error)", at: nil))
        }
        defer { setup.cleanUp() }
        let session: WatchSession
        let watcher: FileWatcher
        let stop = StopSignal()
        do {
            let faces = try LayoutFaces.load(setup)
            let coverage = try GlyphCoverage(setup: setup)
            try FileSystem.makeDirectories(options.odtDirectory)
            try FileSystem.makeDirectories(options.pdfDirectory)
            let sourceOptions = self.sourceOptions
            let sources = self.sources
            session = WatchSession(options: options, faces: faces, coverage: coverage, fontConfig: setup.configPath, stop: stop,
                                   gather: { () throws(DiagnosticError) in try sourceOptions.units(sources) }, say: Output.err)
            watcher = try FileWatcher(stop: stop)
            // The source tree: the folders sources may name files in (--root, --allow, or the folder
            // above each source's own), where templates, seals and sheets live. The output is left out.
            let skip: Set<String> = [FileWatcher.canonical(output)]
            for (tree, own) in Self.trees(sources: sources, root: sourceOptions.root, allowed: sourceOptions.allow) {
                do {
                    try watcher.watch(tree: tree, skipping: skip)
                } catch let failure as FileWatcher.Failure where failure.tooMany {
                    // A source tree too large to watch (units straight in a home folder): the units' own folder.
                    try watcher.watch(tree: own, skipping: skip)
                    Output.err("gongwen: warning: \(tree) holds too many folders to watch; only \(own) is watched, so a template or seal saved elsewhere rebuilds nothing until a unit is saved")
                }
            }
        } catch let error as DiagnosticError {
            throw fail(error)
        } catch {
            throw fail(DiagnosticError.error("\(error)", at: nil))
        }
        // Ctrl-C and SIGTERM wake the watcher, which returns between builds: no file is left half written.
        var signals: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: DispatchQueue(label: "gongwen.watch.signal"))
            source.setEventHandler { stop.stop() }
            source.resume()
            signals.append(source)
        }
        guard session.rebuildAll(initial: true) else { throw ExitCode(1) }
        if !stop.requested {
            Output.err("gongwen watch: watching \(session.units.count) units (\(watcher.watchedFolders.count) folders); PDFs in \(options.pdfDirectory), Ctrl-C stops")
            session.run(watcher)
        }
        signals.forEach { $0.cancel() }
        Output.err("gongwen watch: stopped")
    }

    /// The folders whose saves matter: each source's tree, and the source's own folder to fall back on.
    static func trees(sources: [String], root: String?, allowed: [String]) -> [(tree: String, own: String)] {
        if let root { return ([root] + allowed).map { ($0, $0) } }
        var trees: [(tree: String, own: String)] = []
        for source in sources {
            let path = source.hasPrefix("@") ? String(source.dropFirst()) : source
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            var own = exists && isFolder.boolValue ? path : (path as NSString).deletingLastPathComponent
            if own.isEmpty { own = "." }
            let tree = FileWatcher.canonical((own as NSString).appendingPathComponent(".."))
            if !trees.contains(where: { $0.tree == tree }) { trees.append((tree, FileWatcher.canonical(own))) }
        }
        return trees + allowed.map { ($0, $0) }
    }
}
