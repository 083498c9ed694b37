import Dispatch
import Foundation

extension PreviewServer {
    /// Serves until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly and returns. Blocks the
    /// calling thread, so that a synchronous command can run it.
    public func runUntilInterrupted(onEvent: @escaping @Sendable (PreviewEvent) -> Void) throws {
        let outcome = ServeOutcome()
        let finished = DispatchSemaphore(value: 0)
        let serving = Task {
            do {
                try await run(onEvent: onEvent)
            } catch {
                outcome.error = error
            }
            finished.signal()
        }
        let stopSignals = [SIGINT, SIGTERM].map { number in
            // A dispatch source sees the signal only once its default action, ending the process, is off.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { serving.cancel() }
            source.resume()
            return source
        }
        finished.wait()
        for source in stopSignals { source.cancel() }
        if let error = outcome.error { throw error }
    }
}

/// The error the serving task ended with, read by the thread that waited for it.
private final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
