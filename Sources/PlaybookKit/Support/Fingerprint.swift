import Foundation

/// A 64-bit fingerprint of build inputs and outputs: stable across runs and machines, fast,
/// and enough to tell whether something changed since the last build. Not a defence against
/// anyone forging inputs; nothing here needs one.
///
/// Bytes are taken eight at a time, each word folded in with a full-width multiply (the
/// high and low halves of the product xored, as wyhash mixes), the last few bytes as one
/// word with their count. FNV-1a, one multiply per byte in a chain, took 36,000 instructions
/// for every 9 KB page written and every document read.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    init(value: UInt64) {
        self.value = value
    }

    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ combine(buffer: UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { combine(buffer: $0) }
        }
    }

    private mutating func combine(buffer: UnsafeRawBufferPointer) {
        var hash = value
        var offset = 0
        while offset + 8 <= buffer.count {
            hash = Self.mix(hash ^ UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail = UInt64(buffer.count - offset) << 56
        for index in offset..<buffer.count {
            tail |= UInt64(buffer[index]) << (8 * (index - offset))
        }
        value = Self.mix(hash ^ tail)
    }

    private static func mix(_ word: UInt64) -> UInt64 {
        let product = word.multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return product.high ^ product.low
    }

    /// Each part ends with its count of trailing bytes, so `"ab", "c"` differs from `"a", "bc"`.
    public mutating func combine(_ text: String) {
        // The text's own bytes where it has them, as a native string does: a copy to call
        // `withUTF8` on retained and released it, and every path of a build passes here.
        if text.utf8.withContiguousStorageIfAvailable({ combine(bytes: $0) }) == nil {
            var text = text
            text.withUTF8 { combine(bytes: $0) }
        }
    }

    public mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine(bytes: $0) }
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
        return fingerprint
    }

    /// 16 hex digits.
    public var description: String {
        String(value, radix: 16).leftPadded(to: 16)
    }
}
