import Testing
@testable import PlaybookKit

@Suite struct FingerprintTests {
    /// Parts end with their count of trailing bytes: how a text is cut into parts changes
    /// the fingerprint, at every length around a word's eight bytes.
    @Test func howPartsAreCutChangesTheFingerprint() {
        let text = "Họp tổng kết tháng 12"
        var seen: Set<Fingerprint> = []
        for cut in 0...text.utf8.count {
            let bytes = Array(text.utf8)
            var fingerprint = Fingerprint()
            fingerprint.combine(bytes: bytes[..<cut])
            fingerprint.combine(bytes: bytes[cut...])
            #expect(seen.insert(fingerprint).inserted, "cut at \(cut)")
        }
        #expect(!seen.contains(Fingerprint.of(text)))
    }

    /// Each byte counts wherever it stands, in a whole word or in the tail.
    @Test func changingAnyOneByteChangesTheFingerprint() {
        let bytes = Array("Báo cáo doanh thu dự kiến trong tháng".utf8)
        let original = Fingerprint.of(bytes: bytes)
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 0x01
            #expect(Fingerprint.of(bytes: changed) != original, "byte \(index)")
        }
    }

    /// Bytes in one buffer and the same bytes handed over one at a time agree, and a text
    /// and its UTF-8 bytes agree.
    @Test func theSameBytesGiveTheSameFingerprintHoweverTheyCome() {
        for length in [0, 1, 7, 8, 9, 16, 100] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) }
            #expect(Fingerprint.of(bytes: bytes) == Fingerprint.of(bytes: bytes.lazy.map { $0 }), "\(length)")
        }
        #expect(Fingerprint.of("Đội bán hàng") == Fingerprint.of(bytes: Array("Đội bán hàng".utf8)))
        #expect(Fingerprint.of("") != Fingerprint())
    }
}
