#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where a request's path leads inside the output folder. The path is decoded once and its
/// dot segments resolved before it touches the file system, and whatever is found is checked
/// by its real path, so neither `%2e%2e`, an encoded slash nor a symlink reaches outside.
enum ServedPath: Equatable {
    /// A regular file inside the output folder, by its real path.
    case file(URL)
    /// A folder asked for without the trailing slash its page's relative links need.
    case folderWithoutSlash
    case notFound
    case refused

    static func resolve(_ rawPath: String, in outputRoot: URL) -> ServedPath {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\")
        else { return .refused }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/") where segment != "." {
            if segment == ".." {
                guard segments.popLast() != nil else { return .refused }
            } else {
                segments.append(segment)
            }
        }
        // The build swaps a new folder in at the same path, so the real root is read per request.
        guard let realRoot = realPath(outputRoot.path) else { return .notFound }
        let candidate = ([Substring(outputRoot.path)] + segments).joined(separator: "/")
        switch contained(candidate, in: realRoot) {
        case .refused: return .refused
        case .file(let real): return .file(real)
        case .folder(let real):
            guard decoded.hasSuffix("/") || segments.isEmpty else { return .folderWithoutSlash }
            guard case .file(let index) = contained(real + "/index.html", in: realRoot) else { return .notFound }
            return .file(index)
        case .missing: return .notFound
        }
    }

    private enum Entry {
        case file(URL)
        case folder(String)
        case missing
        case refused
    }

    private static func contained(_ path: String, in realRoot: String) -> Entry {
        guard let real = realPath(path) else { return .missing }
        guard real == realRoot || real.hasPrefix(realRoot + "/") else { return .refused }
        var status = stat()
        guard stat(real, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file(URL(fileURLWithPath: real))
        case S_IFDIR: return .folder(real)
        // FIFOs and devices would block or never end a read.
        default: return .missing
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
