import Foundation

/// Counts finished builds and wakes the pages waiting for the next one. A page knows the
/// build it was served from and asks for the build after it; the answer comes as soon as
/// another build has finished, or after a while with the same value so that the request
/// stays shorter than any proxy's or browser's idle limit.
actor ReloadHub {
    /// Tells one run of the server from the next, so that a page served before a restart reloads.
    private let instance = String(UInt32.random(in: .min ... .max), radix: 36)
    private var finishedBuilds = 0
    /// The lines `playbook build` would print, while the last build failed.
    private(set) var failureLines: [String]?
    private var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]
    private var isClosed = false

    var currentBuild: String { "\(instance)-\(finishedBuilds)" }

    func buildSucceeded() {
        finish(failureLines: nil)
    }

    func buildFailed(_ lines: [String]) {
        finish(failureLines: lines)
    }

    /// The current build once it differs from `seen`, or when `limit` has passed, the
    /// request is cancelled or the server closes.
    func build(after seen: String, waitingAtMost limit: Duration) async -> String {
        guard seen == currentBuild, !isClosed else { return currentBuild }
        let id = UUID()
        let timer = Task {
            try? await Task.sleep(for: limit)
            self.wake(id)
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume()
                } else {
                    waiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.wake(id) }
        }
        timer.cancel()
        return currentBuild
    }

    /// Answers every waiting page so that the server can stop without waiting for them.
    func close() {
        isClosed = true
        for id in Array(waiters.keys) { wake(id) }
    }

    private func finish(failureLines: [String]?) {
        finishedBuilds += 1
        self.failureLines = failureLines
        for id in Array(waiters.keys) { wake(id) }
    }

    private func wake(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume()
    }
}
