import Testing
@testable import PlaybookKit

@Suite struct SiteURLTests {
    /// The replaced scalar-by-scalar encoder, kept as the oracle.
    static func percentEncodedByScalar(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }

    @Test(arguments: [
        "", "vai-tro/bd-manager", "tài liệu/Các mốc.pdf", "a b%c?d#e", "~_.-/", "😀/\u{7F}\u{1}", "files/Q3 2026 (bản cuối).xlsx",
    ])
    func percentEncodingEncodesWhatAURLPathCannotHold(path: String) {
        #expect(SiteURL.percentEncoded(path) == Self.percentEncodedByScalar(path))
    }

    /// A page's depth, counted by bytes where the path is ASCII, is the count of its names
    /// split by `Character`, the way it was counted before.
    @Test(arguments: ["", "a", "vai-tro/bd-manager", "a//b/", "/a/b/c/", "quy-trình/tháng", "a/\u{301}b/c", "\u{301}/x"])
    func aPagesDepthIsTheCountOfItsFolderNames(path: String) {
        #expect(SiteURL.depth(of: path) == path.split(separator: "/").count)
    }

    @Test func aSlugIsItsOwnEncoding() {
        #expect(SiteURL.percentEncoded("quy-trinh/hang-thang/review-ngay-15") == "quy-trinh/hang-thang/review-ngay-15")
        #expect(SiteURL.percentEncoded("Các mốc") == "C%C3%A1c%20m%E1%BB%91c")
    }

    /// A CRM id names a rep's page folder; however long the id, the folder's name fits.
    @Test func aLongRepIdMakesAShortenedUniqueSlug() {
        let long = String(repeating: "nguyen-van-a-", count: 40)
        let slugs = UniqueSlugs.make([long, long + "b", "lan"], fallback: "nhan-vien")
        #expect(slugs[0].utf8.count <= SitePath.maximumNameLength - 10 && !slugs[0].hasSuffix("-"))
        #expect(slugs[1] == slugs[0] + "-2")
        #expect(slugs[2] == "lan")
    }
}
