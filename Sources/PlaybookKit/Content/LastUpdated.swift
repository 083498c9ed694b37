import Foundation

/// When each document last changed: its last commit when the content is in git (one `git log`
/// for the whole folder), else its modification time. Build time never enters a page, so two
/// builds of the same checkout are identical.
public enum LastUpdated {
    public static func dates(for paths: [String], contentRoot: URL, source: SiteConfig.LastUpdatedSource) -> [String: Date] {
        switch source {
        case .off:
            return [:]
        case .mtime:
            return modificationDates(for: paths, contentRoot: contentRoot)
        case .git:
            var dates = commitDates(contentRoot: contentRoot)
            let uncommitted = paths.filter { dates[$0] == nil }
            dates.merge(modificationDates(for: uncommitted, contentRoot: contentRoot)) { committed, _ in committed }
            let wanted = Set(paths)
            return dates.filter { wanted.contains($0.key) }
        }
    }

    private static func modificationDates(for paths: [String], contentRoot: URL) -> [String: Date] {
        var dates: [String: Date] = [:]
        for path in paths {
            let attributes = try? FileManager.default.attributesOfItem(atPath: contentRoot.appendingPathComponent(path).path)
            dates[path] = attributes?[.modificationDate] as? Date
        }
        return dates
    }

    /// Paths relative to `contentRoot` mapped to the committer date of their latest commit.
    private static func commitDates(contentRoot: URL) -> [String: Date] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", contentRoot.path, "-c", "core.quotepath=off", "log", "--relative",
                             "--format=%x00%ct", "--name-only", "--no-renames", "--", "."]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return [:]
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [:] }
        var dates: [String: Date] = [:]
        var current: Date?
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("\0") {
                current = TimeInterval(line.dropFirst()).map { Date(timeIntervalSince1970: $0) }
            } else if let current {
                let path = TextFolding.normalized(String(line))
                if dates[path] == nil { dates[path] = current }
            }
        }
        return dates
    }
}
