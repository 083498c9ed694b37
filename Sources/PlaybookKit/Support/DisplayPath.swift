import Foundation

/// How a path is shown in messages: relative to the working directory when inside it.
public enum DisplayPath {
    public static func of(_ url: URL) -> String {
        let here = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }
}
