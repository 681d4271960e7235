import XCTest
@testable import GongwenKit

/// A stream met before is answered with what it deflated to, and only the very same bytes are.
final class RecentDeflatesTests: XCTestCase {
    func testTheSameBytesAreDeflatedOnceAndOthersAlways() {
        let cache = RecentDeflates()
        var calls = 0
        func deflate(_ bytes: [UInt8]) -> [UInt8]? { calls += 1; return [UInt8(bytes.count & 0xFF), bytes[0], bytes[bytes.count - 1]] }
        let big = [UInt8](repeating: 7, count: RecentDeflates.smallest)
        XCTAssertEqual(cache.deflated(big, by: deflate), [0, 7, 7])
        XCTAssertEqual(cache.deflated(big, by: deflate), [0, 7, 7])
        XCTAssertEqual(calls, 1, "met before")
        var changed = big
        changed[4000] = 8      // same length, one byte apart
        XCTAssertEqual(cache.deflated(changed, by: deflate), [0, 7, 7])
        XCTAssertEqual(calls, 2, "other bytes are deflated")
        let small = [UInt8](repeating: 1, count: RecentDeflates.smallest - 1)
        _ = cache.deflated(small, by: deflate)
        _ = cache.deflated(small, by: deflate)
        XCTAssertEqual(calls, 4, "a small stream is deflated as it comes")
        // The oldest goes once more are kept than `kept`.
        for i in 0..<RecentDeflates.kept { _ = cache.deflated(big + [UInt8(i)], by: deflate) }
        calls = 0
        _ = cache.deflated(big, by: deflate)
        XCTAssertEqual(calls, 1, "forgotten after \(RecentDeflates.kept) others")
        _ = cache.deflated(big + [UInt8(RecentDeflates.kept - 1)], by: deflate)
        XCTAssertEqual(calls, 1, "the newest is still known")
    }

    func testAFailedDeflateIsNotKept() {
        let cache = RecentDeflates()
        var calls = 0
        let big = [UInt8](repeating: 3, count: RecentDeflates.smallest)
        XCTAssertNil(cache.deflated(big) { _ in calls += 1; return nil })
        XCTAssertNil(cache.deflated(big) { _ in calls += 1; return nil })
        XCTAssertEqual(calls, 2)
    }
}
