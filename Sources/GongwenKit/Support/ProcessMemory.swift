#if canImport(Glibc)
import Glibc
#endif

/// How the process keeps the memory it frees. glibc hands a freed block of 128 KB or more back to
/// the kernel (munmap, or a trim of the heap's top), so the next unit's PDF, picture and pages of
/// that size fault fresh zeroed pages in again: in a build with its report, 2.4 % of the CPU went
/// to those faults (perf, 600 units on 2 cores). Blocks up to 32 MB (glibc's ceiling for this
/// setting) now come from the heap, and the heap keeps up to 512 MB it no longer uses. The peak
/// for 10,000 units (`make bench`, `typeset -j 2`) was 77.2 MB with this, 75.7 MB in the run before.
public enum ProcessMemory {
    /// Each worker thread's arena keeps its own freed memory; `watch`, which runs for hours, keeps
    /// what its largest rebuild freed. A user's MALLOC_TRIM_THRESHOLD_ / MALLOC_MMAP_THRESHOLD_ are
    /// overridden.
    public static func keepFreedMemory() {
        #if canImport(Glibc)
        // mallopt is not in Swift's Glibc module: it is looked up in the C library itself.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        let mmapThreshold: Int32 = -3, trimThreshold: Int32 = -1   // M_MMAP_THRESHOLD, M_TRIM_THRESHOLD in <malloc.h>
        _ = mallopt(mmapThreshold, 32 << 20)
        _ = mallopt(trimThreshold, 512 << 20)
        #endif
    }
}
