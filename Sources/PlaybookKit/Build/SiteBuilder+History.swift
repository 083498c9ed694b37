import Foundation

extension SiteBuilder {
    /// Reads the newest `pipeline.history_keep` dated snapshots (`YYYY-MM-DD.json`): a trend
    /// point from each, and for each weekly meeting the changes since the newest snapshot
    /// taken before its last occurrence. A file the last build read and that is as it was
    /// gives its point from `previous` unread; only the snapshots a meeting compares against
    /// are read in full. A file that cannot be read is a warning and is left out: an old
    /// broken file must not stop tonight's figures. Nil without history; else the history,
    /// the fingerprint of the files' bytes, and the record for the next build when it changed.
    func loadHistory(
        config: SiteConfig, latest: Snapshot, calendar: [MeetingSeries], previous: HistoryCache?,
        into diagnostics: inout [Diagnostic]
    ) -> (PipelineHistory, Fingerprint, HistoryCache?)? {
        let folder = options.contentRoot.appendingPathComponent(config.historyFolder, isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        var dated: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            if Self.historyDay(name) != nil {
                dated.append(name)
            } else {
                diagnostics.append(.warning("not a dated snapshot; history files are named YYYY-MM-DD.json, so this one is left out", in: options.display(folder.appendingPathComponent(name))))
            }
        }
        guard !dated.isEmpty else { return nil }
        let kept = Array(dated.suffix(config.historyKeep))
        var newRecord = HistoryCache()
        let read = kept.concurrentMap { name -> HistoryRead in
            let file = folder.appendingPathComponent(name)
            guard let stamp = FileStamp(path: file.path) else {
                return HistoryRead(problem: .warning("cannot read this history file; it is left out", in: options.display(file)))
            }
            if let entry = previous?.entry(for: name, stamp: stamp) { return HistoryRead(entry: entry, fromRecord: true) }
            return readHistoryFile(file, stamp: stamp)
        }
        var fingerprint = Fingerprint()
        var points: [(name: String, point: HistoryPoint)] = []
        var decoded: [String: Snapshot] = [:]
        for (name, result) in zip(kept, read) {
            fingerprint.combine(name)
            fingerprint.combine(result.entry?.bytes ?? Fingerprint())
            if let problem = result.problem { diagnostics.append(problem) }
            guard let entry = result.entry else { continue }
            newRecord.entries[name] = entry
            if let snapshot = result.snapshot { decoded[name] = snapshot }
            if entry.point.asOf.secondsSinceEpoch <= latest.asOf.secondsSinceEpoch { points.append((name, entry.point)) }
        }
        points.sort { ($0.point.asOf.secondsSinceEpoch, $0.name) < ($1.point.asOf.secondsSinceEpoch, $1.name) }
        let zone = config.timeZone
        func local(_ instant: Instant) -> LocalDateTime {
            LocalDateTime(instant, in: zone)
        }
        let latestLocal = local(latest.asOf)
        var sinceMeetings: [String: MeetingChanges] = [:]
        for series in calendar where series.rule?.frequency == .weekly && !series.isAllDay {
            guard let meeting = series.starts(through: latestLocal.day).last(where: { $0 < latestLocal }) else { continue }
            var baseline: (asOf: Instant, changes: SnapshotChanges)?
            if let name = points.last(where: { local($0.point.asOf) <= meeting })?.name {
                if decoded[name] == nil {
                    let read = readHistoryFile(folder.appendingPathComponent(name), stamp: nil)
                    decoded[name] = read.snapshot
                    if let problem = read.problem { diagnostics.append(problem) }
                }
                baseline = decoded[name].map { ($0.asOf, SnapshotChanges(from: $0, to: latest)) }
            }
            sinceMeetings[series.id] = MeetingChanges(meeting: meeting, baseline: baseline)
        }
        var trend = points.map(\.point)
        if trend.last?.asOf.secondsSinceEpoch != latest.asOf.secondsSinceEpoch { trend.append(HistoryPoint(snapshot: latest)) }
        // Written again only when some file was read: otherwise the last record still holds.
        let record = read.allSatisfy(\.fromRecord) && previous?.entries == newRecord.entries ? nil : newRecord
        return (PipelineHistory(points: trend, sinceMeetings: sinceMeetings), fingerprint, record)
    }

    /// One history file read and decoded: its record entry and snapshot, or why it is left out.
    struct HistoryRead: Sendable {
        var entry: HistoryCache.Entry?
        var snapshot: Snapshot?
        var problem: Diagnostic?
        /// True when the entry came from the last build's record, unread.
        var fromRecord = false
    }

    func readHistoryFile(_ file: URL, stamp: FileStamp?) -> HistoryRead {
        guard let data = try? Data(contentsOf: file, options: .mappedIfSafe) else {
            return HistoryRead(problem: .warning("cannot read this history file; it is left out", in: options.display(file)))
        }
        let (snapshot, problems) = SnapshotDecoder.decode(data, file: options.display(file))
        guard let snapshot else {
            let count = problems.filter { $0.severity == .error }.count
            return HistoryRead(problem: .warning(
                "this history file has \(count) mistake\(count == 1 ? "" : "s") (`playbook check --snapshot` lists them); it is left out",
                in: options.display(file)))
        }
        var bytes = Fingerprint()
        bytes.combine(data)
        let entry = stamp.map { HistoryCache.Entry(stamp: $0, bytes: bytes, point: HistoryPoint(snapshot: snapshot)) }
        return HistoryRead(entry: entry, snapshot: snapshot)
    }

    /// The day a history file is named after: `2026-11-23.json`.
    static func historyDay(_ name: String) -> LocalDay? {
        guard name.hasSuffix(".json") else { return nil }
        let parts = name.dropLast(5).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return LocalDay(year: year, month: month, day: day)
    }
}
