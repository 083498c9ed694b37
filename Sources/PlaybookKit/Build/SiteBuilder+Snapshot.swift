import Foundation

extension SiteBuilder {
    /// Reads, checks and computes the pipeline: nil when the pipeline pages are turned off,
    /// or when no snapshot was named and the config's default file is not there (a handbook
    /// without data is a valid site).
    func loadPipeline(
        config: SiteConfig, calendar: [MeetingSeries], into diagnostics: inout [Diagnostic]
    ) -> (PipelineInput, Fingerprint, HistoryCache?)? {
        guard config.pipelineEnabled else { return nil }
        let file = options.snapshotFile ?? options.contentRoot.appendingPathComponent(config.snapshot)
        let display = options.display(file)
        guard FileManager.default.fileExists(atPath: file.path) else {
            if options.snapshotFile != nil {
                diagnostics.append(.error("the snapshot file does not exist", in: display))
            } else if options.maxSnapshotAge != nil {
                diagnostics.append(.error("there is no snapshot to check against --max-snapshot-age; import tonight's CRM export first (`playbook import csv`)", in: display))
            }
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: file, options: .mappedIfSafe)
        } catch {
            diagnostics.append(.error("cannot read the snapshot: \(error.localizedDescription)", in: display))
            return nil
        }
        let (snapshot, problems) = SnapshotDecoder.decode(data, file: display)
        diagnostics += problems
        guard let snapshot else { return nil }
        if let limit = options.maxSnapshotAge {
            let age = options.buildMoment - snapshot.asOf.secondsSinceEpoch
            if age < -3600 {
                diagnostics.append(.warning(
                    "as_of: the snapshot is dated \(AgeText.text(-age)) in the future (\(snapshot.asOf.rfc3339)); check the clock of the machine that exports it",
                    in: display))
            }
            if age > limit {
                diagnostics.append(.error(
                    "as_of: the snapshot is \(AgeText.text(age)) old (as of \(snapshot.asOf.rfc3339)), more than --max-snapshot-age \(AgeText.text(limit)) allows; "
                        + "check that the CRM export reached the build, or build without the limit to publish these figures anyway",
                    in: display))
            }
        }
        // The pages state the snapshot's age on the day they are built.
        var bytes = Fingerprint()
        bytes.combine(data)
        bytes.combine(options.buildDay(in: config.timeZone).daysSinceEpoch)
        let history = loadHistory(config: config, latest: snapshot, calendar: calendar, previous: previousHistoryCache(), into: &diagnostics)
        if let history { bytes.combine(history.1) }
        return (PipelineInput(snapshot: snapshot, metrics: PipelineMetrics(snapshot: snapshot, care: config.care), history: history?.0), bytes, history?.2 ?? nil)
    }
}
