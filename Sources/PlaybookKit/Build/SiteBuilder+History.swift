import Foundation

extension SiteBuilder {
    /// Reads the newest `pipeline.history_keep` dated snapshots (`YYYY-MM-DD.json`): a trend
    /// point from each, and for each weekly meeting the changes since the newest snapshot
    /// taken before its last occurrence. A file that cannot be read is a warning and is left
    /// out: an old broken file must not stop tonight's figures. Returns nil without history,
    /// and the fingerprint of the files read.
    func loadHistory(
        config: SiteConfig, latest: Snapshot, calendar: [MeetingSeries], into diagnostics: inout [Diagnostic]
    ) -> (PipelineHistory, Fingerprint)? {
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
        var fingerprint = Fingerprint()
        var snapshots: [Snapshot] = []
        let kept = dated.suffix(config.historyKeep)
        let decoded = Array(kept).concurrentMap { name -> (Data?, Snapshot?, [Diagnostic]) in
            let file = folder.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: file, options: .mappedIfSafe) else {
                return (nil, nil, [.warning("cannot read this history file; it is left out", in: options.display(file))])
            }
            let (snapshot, problems) = SnapshotDecoder.decode(data, file: options.display(file))
            guard let snapshot else {
                let count = problems.filter { $0.severity == .error }.count
                return (data, nil, [.warning("this history file has \(count) mistake\(count == 1 ? "" : "s") (`playbook check --snapshot` lists them); it is left out", in: options.display(file))])
            }
            return (data, snapshot, [])
        }
        for (name, (data, snapshot, problems)) in zip(kept, decoded) {
            fingerprint.combine(name)
            fingerprint.combine(data ?? Data())
            diagnostics += problems
            if let snapshot, snapshot.asOf.secondsSinceEpoch <= latest.asOf.secondsSinceEpoch { snapshots.append(snapshot) }
        }
        guard !dated.isEmpty else { return nil }
        snapshots.sort { $0.asOf.secondsSinceEpoch < $1.asOf.secondsSinceEpoch }
        var points = snapshots.map(HistoryPoint.init)
        if points.last?.asOf.secondsSinceEpoch != latest.asOf.secondsSinceEpoch { points.append(HistoryPoint(snapshot: latest)) }
        let zone = config.timeZone
        let latestLocal = LocalDateTime(Date(timeIntervalSince1970: TimeInterval(latest.asOf.secondsSinceEpoch)), in: zone)
        var sinceMeetings: [String: MeetingChanges] = [:]
        for series in calendar where series.rule?.frequency == .weekly && !series.isAllDay {
            guard let meeting = series.starts(through: latestLocal.day).last(where: { $0 < latestLocal }) else { continue }
            let baseline = snapshots.last { snapshot in
                LocalDateTime(Date(timeIntervalSince1970: TimeInterval(snapshot.asOf.secondsSinceEpoch)), in: zone) <= meeting
            }
            sinceMeetings[series.id] = MeetingChanges(
                meeting: meeting, baseline: baseline.map { ($0.asOf, SnapshotChanges(from: $0, to: latest)) })
        }
        return (PipelineHistory(points: points, sinceMeetings: sinceMeetings), fingerprint)
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
