/// Every link in the site is relative and names `index.html` explicitly, so the site works
/// from `file://`, from any static host and under any sub-path.
struct SiteURL: Sendable {
    /// The URL path of the page the link is written on (`""` for the home page).
    let pagePath: String
    /// `../` once per folder between the page and the site root: made once, since every
    /// link on the page starts with it.
    let rootPrefix: String

    init(pagePath: String) {
        self.pagePath = pagePath
        self.rootPrefix = String(repeating: "../", count: Self.depth(of: pagePath))
    }

    /// The number of folder names in a URL path. Counted by bytes where it is ASCII, as
    /// nearly every path is (splitting by `Character` cost 18,000 instructions a page); by
    /// `Character` otherwise, where a combining mark after a `/` joins it into another one.
    static func depth(of path: String) -> Int {
        let utf8 = path.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").count }
        return utf8.split(separator: UInt8(ascii: "/")).count
    }

    /// The href of the page whose URL path is `target`.
    func page(_ target: String, fragment: String? = nil) -> String {
        let file = target.isEmpty ? "index.html" : target + "/index.html"
        return rootPrefix + file + (fragment.map { "#" + $0 } ?? "")
    }

    /// Where the page with URL path `urlPath` is written, relative to the output folder.
    static func outputPath(of urlPath: String) -> String {
        urlPath.isEmpty ? "index.html" : urlPath + "/index.html"
    }

    /// The href of a file at `path` from the site root.
    func file(_ path: String) -> String {
        rootPrefix + SiteURL.percentEncoded(path)
    }

    /// Encodes what may not stand in a URL path, leaving `/` and unreserved characters. A
    /// path with nothing to encode, as slugs are, is returned as it is; the rest is encoded
    /// byte by byte into one buffer (appending scalar by scalar to a string cost 18,000
    /// instructions a path).
    static func percentEncoded(_ path: String) -> String {
        guard !path.utf8.allSatisfy(isUnreservedOrSlash) else { return path }
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(path.utf8.count * 3)
        for byte in path.utf8 {
            if isUnreservedOrSlash(byte) {
                encoded.append(byte)
            } else {
                encoded += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func isUnreservedOrSlash(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
