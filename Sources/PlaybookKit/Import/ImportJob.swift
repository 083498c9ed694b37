import Foundation

/// `playbook import csv`: reads the mapping and the exports, maps them, checks the result
/// as a build would, and only then replaces the snapshot (and files a dated copy).
public struct ImportJob {
    public var mappingFile: URL
    /// Export files, or folders whose `*.csv` files are all read.
    public var exports: [URL]
    public var snapshotFile: URL
    /// Where a copy named after the as-of date goes (`content/data/history/`), if anywhere.
    public var historyFolder: URL?
    /// Fail, writing nothing, when any row cannot be mapped.
    public var strict = false
    /// When the data was taken; nil is the newest modification time among the exports,
    /// so an export that stopped refreshing gives an old snapshot, not a fresh-looking one.
    public var asOf: Instant?

    public init(mappingFile: URL, exports: [URL], snapshotFile: URL) {
        self.mappingFile = mappingFile
        self.exports = exports
        self.snapshotFile = snapshotFile
    }

    public struct Outcome: Sendable {
        public var result: ImportResult
        public var historyFile: URL?
    }

    public enum Failure: Error {
        /// The mapping is wrong: the team's configuration, like playbook.yml.
        case mapping([Diagnostic])
        /// The exports cannot be used (or, with `strict`, some rows cannot).
        case data([Diagnostic])
        case system(String)
    }

    public func run() -> Result<Outcome, Failure> {
        let mappingDisplay = Self.display(mappingFile)
        let mappingText: String
        switch SourceText.read(mappingFile, displayPath: mappingDisplay) {
        case .success(let text): mappingText = text
        case .failure(let problem): return .failure(.mapping([problem]))
        }
        let (parsed, mappingProblems) = ImportMappingReader.parse(mappingText, file: mappingDisplay)
        guard let mapping = parsed else { return .failure(.mapping(mappingProblems)) }
        let files: [URL]
        let contents: [ExportFile]
        do {
            files = try exportFiles()
            contents = try files.map { ExportFile(display: Self.display($0), data: try Data(contentsOf: $0)) }
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(.system("cannot read the exports: \(error.localizedDescription)"))
        }
        let instant = asOf ?? Self.newestModification(of: files, zone: mapping.timezone)
        let result: ImportResult
        switch CSVImporter.run(mapping: mapping, mappingFile: mappingDisplay, exports: contents, asOf: instant) {
        case .failure(let failure): return .failure(.data(failure.diagnostics))
        case .success(let made): result = made
        }
        if strict && !result.problems.isEmpty { return .failure(.data(result.problems.map(\.diagnostic))) }
        let bytes = Data(result.snapshotJSON.utf8)
        let (_, problems) = SnapshotDecoder.decode(bytes, file: Self.display(snapshotFile))
        // The importer writes only what the decoder accepts; anything it reports here is a
        // gap in the importer's own checks, so it is shown rather than written.
        guard problems.isEmpty else { return .failure(.data(problems)) }
        var historyFile: URL?
        do {
            try RecordFile.write(Array(bytes), to: snapshotFile)
            if let historyFolder {
                let file = historyFolder.appendingPathComponent("\(instant.dayAsWritten).json")
                try RecordFile.write(Array(bytes), to: file)
                historyFile = file
            }
        } catch {
            return .failure(.system("cannot write \(Self.display(snapshotFile)): \(error.localizedDescription)"))
        }
        return .success(Outcome(result: result, historyFile: historyFile))
    }

    private func exportFiles() throws -> [URL] {
        var files: [URL] = []
        var missing: [Diagnostic] = []
        for url in exports {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                missing.append(.error("no such export file or folder", in: Self.display(url)))
                continue
            }
            if isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                files += names.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
            } else {
                files.append(url)
            }
        }
        if files.isEmpty && missing.isEmpty {
            missing.append(.error("no CSV exports found; name the export files or a folder holding them", in: exports.first.map(Self.display) ?? "."))
        }
        guard missing.isEmpty else { throw Failure.data(missing) }
        return files
    }

    private static func newestModification(of files: [URL], zone: String) -> Instant {
        let dates = files.compactMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date }
        let newest = dates.max() ?? Date()
        let seconds = Int(newest.timeIntervalSince1970.rounded(.down))
        let offset = TimeZone(identifier: zone)?.secondsFromGMT(for: newest) ?? 0
        return Instant(secondsSinceEpoch: seconds, offsetSeconds: offset)
    }

    static func display(_ url: URL) -> String {
        DisplayPath.of(url)
    }
}
