extension String {
    /// Where the last `byte` of the text's UTF-8 stands, found by a plain scan of its bytes:
    /// `utf8.lastIndex(of:)` steps through string indices one at a time, several times
    /// slower, and the loader, the tree and the writer ask it of every path.
    func lastIndex(ofByte byte: UInt8) -> String.Index? {
        var text = self
        guard let offset = text.withUTF8({ $0.lastIndex(of: byte) }) else { return nil }
        return utf8.index(utf8.startIndex, offsetBy: offset)
    }

    /// `hasPrefix` by bytes: the standard one compares `Character`s, and every page's path is
    /// asked whether it lies under `assets/`.
    func hasPrefix(bytes prefix: String) -> Bool {
        var text = self
        var prefix = prefix
        return text.withUTF8 { text in
            prefix.withUTF8 { prefix in text.count >= prefix.count && text[..<prefix.count].elementsEqual(prefix) }
        }
    }

    /// `hasSuffix` by bytes: the standard one compares `Character`s, and every output's path
    /// is asked whether it is a page.
    func hasSuffix(bytes suffix: String) -> Bool {
        var text = self
        var suffix = suffix
        return text.withUTF8 { text in
            suffix.withUTF8 { suffix in text.count >= suffix.count && text[(text.count - suffix.count)...].elementsEqual(suffix) }
        }
    }

    /// The text before the last `byte`, or nil without one: a path's folder.
    func prefix(beforeLastByte byte: UInt8) -> String? {
        lastIndex(ofByte: byte).map { String(self[..<$0]) }
    }

    /// Appends the UTF-8 bytes at `range` of `text`, a range that starts and ends between
    /// scalars. A slice of a string is not checked as UTF-8 again; bytes put together into a
    /// new string would be, scalar by scalar.
    mutating func append(utf8 range: Range<Int>, of text: String) {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        append(contentsOf: Substring(utf8[start..<utf8.index(start, offsetBy: range.count)]))
    }
}
