import Foundation

/// Folding that makes Vietnamese text comparable and URL-safe without depending on the
/// process locale: the same input folds the same way under any `LANG`.
public enum TextFolding {
    /// Lower-cases, strips diacritics (also `đ`/`Đ`, which Unicode does not decompose)
    /// and returns the text in canonical decomposed-then-stripped form.
    public static func fold(_ text: String) -> String {
        // Text of precomposed letters only (nearly all Vietnamese) has no combining mark to
        // reorder, so it folds letter by letter, each letter's fold looked up in a table made
        // once per process, over the UTF-8 bytes and into the new string's own buffer:
        // decomposing through Foundation was a fifth of a rebuild with nothing to do, and
        // decoding scalars into an array a tenth of what was left of loading. Other text
        // takes the general way.
        var text = text
        let table = precomposedFolds
        var needsDecomposing = false
        let folded = text.withUTF8 { utf8 in
            String(unsafeUninitializedCapacity: utf8.count * table.longestFold) { output in
                table.bytes.withUnsafeBufferPointer { bytes in
                    table.ends.withUnsafeBufferPointer { ends in
                        var count = 0
                        var index = 0
                        while index < utf8.count {
                            let lead = utf8[index]
                            if lead < 0x80 {
                                output[count] = lead | ((0x41...0x5A).contains(lead) ? 0x20 : 0)
                                count += 1
                                index += 1
                                continue
                            }
                            // A Swift string is valid UTF-8: the bytes a leading byte announces are there.
                            let value: UInt32
                            if lead < 0xE0 {
                                value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                                index += 2
                            } else if lead < 0xF0 {
                                value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                                index += 3
                            } else {
                                needsDecomposing = true
                                return 0
                            }
                            let entry: Int
                            if value < 0x300 {
                                entry = Int(value)
                            } else if (0x1E00...0x1EFF).contains(value) {
                                entry = Int(value - 0x1E00 + 0x300)
                            } else {
                                needsDecomposing = true
                                return 0
                            }
                            for byte in bytes[(entry == 0 ? 0 : Int(ends[entry - 1]))..<Int(ends[entry])] {
                                output[count] = byte
                                count += 1
                            }
                        }
                        return count
                    }
                }
            }
        }
        return needsDecomposing ? foldDecomposing(text) : folded
    }

    /// The UTF-8 of the fold of each scalar `isSurelyNFC` admits (U+0000–U+02FF, then
    /// U+1E00–U+1EFF) end to end in one buffer, with where each ends: an array per scalar
    /// had its count retained and released by every core for every letter. Every letter is
    /// decomposed in one call, each followed by a private-use starter that nothing combines
    /// with or reorders across: a call to Foundation per letter took 10 ms of every build.
    /// `longestFold` is the most bytes one letter folds to, so a text of n bytes folds to
    /// at most n times as many.
    private static let precomposedFolds: (bytes: [UInt8], ends: [Int32], longestFold: Int) = {
        let separator: Unicode.Scalar = "\u{E000}"
        var letters = String.UnicodeScalarView()
        for value in Array(0..<0x300) + Array(0x1E00...0x1EFF) {
            letters.append(Unicode.Scalar(UInt32(value))!)
            letters.append(separator)
        }
        var bytes: [UInt8] = []
        var ends: [Int32] = []
        var longestFold = 1
        for letter in String(letters).decomposedStringWithCanonicalMapping.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false).dropLast() {
            let start = bytes.count
            bytes += Array(String(foldDecomposed(letter)).utf8)
            ends.append(Int32(bytes.count))
            longestFold = max(longestFold, bytes.count - start)
        }
        return (bytes, ends, longestFold)
    }()

    static func foldDecomposing(_ text: String) -> String {
        String(foldDecomposed(text.decomposedStringWithCanonicalMapping.unicodeScalars))
    }

    /// Decomposed text without its marks, lower-cased, `đ` as `d`.
    private static func foldDecomposed(_ decomposed: some Sequence<Unicode.Scalar>) -> String.UnicodeScalarView {
        var scalars = String.UnicodeScalarView()
        for scalar in decomposed {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                continue
            default:
                break
            }
            switch scalar {
            case "\u{0111}", "\u{0110}": scalars.append("d")
            default: scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return scalars
    }

    /// `Các mốc thời gian cần nhớ` -> `cac-moc-thoi-gian-can-nho`: ASCII letters and digits
    /// joined by single hyphens. Empty when nothing alphanumeric is left.
    public static func slug(_ text: String) -> String {
        var folded = fold(text)
        return folded.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var pendingHyphen = false
                for byte in bytes {
                    if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                        if pendingHyphen && count > 0 {
                            output[count] = 0x2D
                            count += 1
                        }
                        pendingHyphen = false
                        output[count] = byte
                        count += 1
                    } else {
                        pendingHyphen = true
                    }
                }
                return count
            }
        }
    }

    /// Unicode NFC, applied to every input text before anything else reads it.
    public static func normalized(_ text: String) -> String {
        isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar has NFC_Quick_Check=Yes and combining class 0, so the text
    /// is NFC as it stands: everything below U+0300 (ASCII, Latin-1, Latin Extended-A and
    /// -B with ơ and ư) and Latin Extended Additional (U+1E00–U+1EFF, Vietnamese's
    /// precomposed letters). Foundation's normaliser is slow, and this is most text here.
    /// Read from the UTF-8 lead bytes: below U+0300 is one byte or a lead of C2–CB, and
    /// U+1E00–U+1EFF is E1 followed by B8–BB.
    static func isSurelyNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                } else if (0xC2...0xCB).contains(lead) {
                    index += 2
                } else if lead == 0xE1, index + 1 < bytes.count, (0xB8...0xBB).contains(bytes[index + 1]) {
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }
}
