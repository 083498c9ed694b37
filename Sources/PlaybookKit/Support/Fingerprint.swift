import Foundation

/// A 64-bit FNV-1a fingerprint of build inputs and outputs: stable across runs and machines,
/// fast, and enough to tell whether something changed since the last build. Not a defence
/// against anyone forging inputs; nothing here needs one.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    init(value: UInt64) {
        self.value = value
    }

    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        value = hash
    }

    /// Each part is closed by a byte text never holds, so `"ab", "c"` differs from `"a", "bc"`.
    public mutating func combine(_ text: String) {
        // The text's own bytes where it has them, as a native string does: a copy to call
        // `withUTF8` on retained and released it, and every path of a build passes here.
        if text.utf8.withContiguousStorageIfAvailable({ combine(bytes: $0) }) == nil {
            var text = text
            text.withUTF8 { combine(bytes: $0) }
        }
        combine(bytes: CollectionOfOne(0xFF))
    }

    public mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine(bytes: $0) }
        combine(bytes: CollectionOfOne(0xFF))
    }

    public mutating func combine(_ number: Int) {
        withUnsafeBytes(of: number.littleEndian) { combine(bytes: $0) }
    }

    public mutating func combine(_ other: Fingerprint) {
        withUnsafeBytes(of: other.value.littleEndian) { combine(bytes: $0) }
    }

    public static func of(_ parts: String...) -> Fingerprint {
        var fingerprint = Fingerprint()
        for part in parts { fingerprint.combine(part) }
        return fingerprint
    }

    public static func of<Bytes: Sequence>(bytes: Bytes) -> Fingerprint where Bytes.Element == UInt8 {
        var fingerprint = Fingerprint()
        fingerprint.combine(bytes: bytes)
        fingerprint.combine(bytes: CollectionOfOne(0xFF))
        return fingerprint
    }

    /// 16 hex digits.
    public var description: String {
        String(value, radix: 16).leftPadded(to: 16)
    }
}
