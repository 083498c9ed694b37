/// What the last build learnt of each history file, kept in `.playbook/`: a file whose stamp
/// is as recorded gives its trend point without being read, so a build reads in full only
/// the snapshots a "what changed" page compares against. A history file is written once, by
/// the nightly import, and then only read; the stamp rule is the document record's.
struct HistoryCache: Sendable {
    static let formatVersion = 1

    struct Entry: Sendable, Equatable {
        var stamp: FileStamp
        /// The file's bytes, as the pipeline pages' inputs name them.
        var bytes: Fingerprint
        var point: HistoryPoint
    }

    /// By file name.
    var entries: [String: Entry] = [:]
    var recordedAt: Int

    init(recordedAt: Int = FileStamp.now()) {
        self.recordedAt = recordedAt
    }

    /// The recorded entry for the file `name`, if the file is surely as it was then.
    func entry(for name: String, stamp: FileStamp) -> Entry? {
        guard let entry = entries[name], entry.stamp == stamp,
              stamp.modified < recordedAt - FileStamp.racyMargin, stamp.changed < recordedAt - FileStamp.racyMargin else { return nil }
        return entry
    }

    func encoded(generator: String) -> [UInt8] {
        var writer = BinaryWriter(format: Self.formatVersion, generator: generator)
        writer.write(recordedAt)
        writer.write(UInt64(entries.count))
        for name in entries.keys.sorted() {
            let entry = entries[name]!
            writer.write(name)
            writer.write(entry.stamp)
            writer.write(entry.bytes)
            writer.write(entry.point.asOf.secondsSinceEpoch)
            writer.write(entry.point.asOf.offsetSeconds)
            Self.write(entry.point.team, into: &writer)
            writer.write(UInt64(entry.point.reps.count))
            for rep in entry.point.reps.keys.sorted() {
                writer.write(rep)
                Self.write(entry.point.reps[rep]!, into: &writer)
            }
        }
        return writer.bytes
    }

    /// Nil when the record is damaged, of another format or of another generator.
    static func decode(_ bytes: [UInt8], generator: String) -> HistoryCache? {
        var reader = BinaryReader(bytes)
        do {
            guard try reader.opens(format: formatVersion, generator: generator) else { return nil }
            var cache = HistoryCache(recordedAt: try reader.integer())
            for _ in 0..<(try reader.count()) {
                let name = try reader.text()
                let stamp = try reader.fileStamp()
                let bytes = try reader.fingerprint()
                var point = HistoryPoint(asOf: Instant(secondsSinceEpoch: try reader.integer(), offsetSeconds: try reader.integer()))
                point.team = try readFigures(&reader)
                for _ in 0..<(try reader.count()) {
                    let rep = try reader.text()
                    point.reps[rep] = try readFigures(&reader)
                }
                cache.entries[name] = Entry(stamp: stamp, bytes: bytes, point: point)
            }
            return reader.isAtEnd ? cache : nil
        } catch {
            return nil
        }
    }

    private static func write(_ figures: HistoryPoint.Figures, into writer: inout BinaryWriter) {
        writer.write(figures.pipelineValue)
        writer.write(figures.openDeals)
        writer.write(figures.warmLeads)
    }

    private static func readFigures(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> HistoryPoint.Figures {
        HistoryPoint.Figures(pipelineValue: try reader.integer(), openDeals: try reader.integer(), warmLeads: try reader.integer())
    }
}
