import Foundation

/// A count of files written, redrawn in place on a terminal during a long build. Nothing
/// is shown when standard error is not a terminal (CI logs, pipes) or for a quick build.
final class ProgressLine {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant
    private var drawn = false
    private static let quiet = Duration.milliseconds(700)
    private static let interval = Duration.milliseconds(100)

    /// Nil unless standard error is an interactive terminal and not a CI run.
    init?() {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["CI"] == nil else { return nil }
        start = clock.now
        lastDrawn = start
    }

    func show(filesDone: Int) {
        let now = clock.now
        guard now - start > Self.quiet, now - lastDrawn > Self.interval else { return }
        lastDrawn = now
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[2K  \(filesDone) files…".utf8))
    }

    /// Clears the line so the report prints on a clean one.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }
}
