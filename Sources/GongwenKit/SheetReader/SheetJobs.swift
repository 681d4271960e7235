import Foundation

/// How many threads reading one sheet may use. `--jobs` says it, as it says how many units the
/// build reads and writes at once and how many LibreOffice workers convert them; without it, every
/// core (the build's default).
public enum SheetJobs {
    /// The default: one job per core.
    public static var all: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Pieces a large worksheet's XML is cut into, each read on a thread (see `RowSplit`).
    static func readers(jobs: Int) -> Int { max(1, jobs) }

    /// Threads typing `rows` rows into units: one for every 256 rows, and never more than `jobs`.
    static func typists(rows: Int, jobs: Int) -> Int { max(1, min(jobs, rows / 256)) }
}
