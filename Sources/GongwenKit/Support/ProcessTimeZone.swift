import Foundation

/// The tool runs in UTC; the programs it starts run in the user's own time zone.
///
/// libzip 1.7 (Debian 12) keeps an entry's time as a `time_t`: `zip_file_set_dostime` turns the DOS
/// fields into one with `mktime` and the writer turns it back with `localtime_r`, both in the
/// process's time zone. Where a zone skips the document date's midnight (a daylight-saving change
/// at 00:00), that round trip moved the time an hour, so the bytes depended on `TZ`. In UTC it is
/// exact. Without `TZ`, glibc also re-reads `/etc/localtime` under its time-zone lock on every call:
/// seven times an `.odt`, and the two workers queued on that lock (11,000 futex calls in 3,000 units).
public enum ProcessTimeZone {
    /// `TZ` as the tool found it (nil: not set).
    static let inherited: String? = ProcessInfo.processInfo.environment["TZ"]

    /// Call first thing in `main`, before any thread starts (`setenv` is not thread-safe).
    public static func useUTC() {
        _ = inherited
        setenv("TZ", "UTC0", 1)
        tzset()
    }

    /// `environment` with the user's `TZ` put back, for a child process.
    static func forChild(_ environment: [String: String]) -> [String: String] {
        var environment = environment
        environment["TZ"] = inherited
        return environment
    }
}
