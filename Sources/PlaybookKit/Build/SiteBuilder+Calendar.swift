import Foundation

extension SiteBuilder {
    /// Reads the meeting calendar when the content has one; an empty list otherwise.
    func loadCalendar(config: SiteConfig, into diagnostics: inout [Diagnostic]) -> ([MeetingSeries], Fingerprint?) {
        let file = options.contentRoot.appendingPathComponent(config.calendarFile)
        guard FileManager.default.fileExists(atPath: file.path) else { return ([], nil) }
        let display = options.display(file)
        switch SourceText.read(file, displayPath: display) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return ([], nil)
        case .success(let text):
            let (series, problems) = CalendarFileReader.read(text, file: display, zone: config.timeZone)
            diagnostics += problems
            return (series, Fingerprint.of(text))
        }
    }

    /// The day the site is dated: the snapshot's, else the pinned or real today in the zone.
    func siteToday(config: SiteConfig, pipeline: PipelineInput?) -> LocalDay {
        if let pipeline { return pipeline.snapshot.asOfDay }
        return options.buildDay(in: config.timeZone)
    }
}
