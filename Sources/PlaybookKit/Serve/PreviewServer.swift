import Dispatch
import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// What `playbook serve` tells its user about.
public enum PreviewEvent: Sendable {
    /// A build succeeded; `changes` (paths as messages show them) is empty for the first one.
    case built(SiteBuilder.Report, changes: [String], duration: Duration)
    /// A build failed; the previous site stays on disk and the browser shows the errors.
    case failed(BuildFailure, changes: [String], duration: Duration)
    /// The first build is done and the site is at this address.
    case serving(URL)
    /// A build waits for another build of the same output (`playbook build` in another terminal).
    case waiting(String)
}

public enum PreviewFailure: Error, CustomStringConvertible {
    case cannotListen(address: String, reason: String)
    case serverStopped(reason: String)

    public var description: String {
        switch self {
        case .cannotListen(let address, let reason):
            "cannot listen on \(address): \(reason); choose another port with --port"
        case .serverStopped(let reason):
            "the server stopped: \(reason)"
        }
    }
}

/// Builds the site, serves the output folder on 127.0.0.1, rebuilds when a source changes
/// and reloads the open pages, until its task is cancelled.
public struct PreviewServer: Sendable {
    public static let host = "127.0.0.1"

    public var options: BuildOptions
    /// 0 lets the system choose a free port; `.serving` tells which.
    public var port: UInt16
    var quietPeriod: Duration = .milliseconds(100)
    var pollLimit: Duration = .seconds(20)

    public init(options: BuildOptions, port: UInt16) {
        self.options = options
        self.port = port
    }

    /// Returns when the task is cancelled, after closing the server and the watcher. Throws
    /// `PreviewFailure` when the port cannot be had, and `BuildFailure.system` when the first
    /// build cannot write the output folder at all, since no edit can fix that; the other
    /// builds' outcomes go to `onEvent`.
    public func run(onEvent: @escaping @Sendable (PreviewEvent) -> Void) async throws {
        let hub = ReloadHub()
        let address = "\(Self.host):\(port)"
        let server = HTTPServer(
            address: try Self.loopbackAddress(port: port),
            // Above the long poll's limit, so that FlyingFox never times out a waiting page.
            timeout: TimeInterval(pollLimit.components.seconds) + 10,
            logger: .disabled,
            handler: PreviewRequestHandler(outputRoot: options.outputRoot, hub: hub, pollLimit: pollLimit))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask { try await server.waitUntilListening() }
            do {
                try await group.next()
            } catch {
                throw PreviewFailure.cannotListen(address: address, reason: Self.reason(error))
            }
            let scheduler = RebuildScheduler(quietPeriod: quietPeriod) { [options] changes in
                await Self.announce(Self.build(options, onEvent: onEvent), changes: changes, options: options, hub: hub, onEvent: onEvent)
            }
            let watcher = ChangeWatching.start(WatchList(options: options)) { paths in
                Task { await scheduler.noteChanges(paths) }
            }
            func shutDown() async {
                watcher.stop()
                await scheduler.stop()
                await hub.close()
                await server.stop(timeout: 1)
            }
            let first = await scheduler.buildNow { [options] in
                let outcome = await Self.build(options, onEvent: onEvent)
                if !outcome.failedOnTheMachine {
                    await Self.announce(outcome, changes: [], options: options, hub: hub, onEvent: onEvent)
                }
                return outcome
            }
            if case .failure(let failure) = first.result, first.failedOnTheMachine {
                await shutDown()
                // Stopped while the first build waited for another build: a clean stop.
                if Task.isCancelled { return }
                throw failure
            }
            if case .ip4(let host, let boundPort) = await server.listeningAddress,
               let siteAddress = URL(string: "http://\(host):\(boundPort)/") {
                onEvent(.serving(siteAddress))
            }
            // The server runs until the task is cancelled, which cancels it too, or until it fails.
            var serverFailure: (any Error)?
            do {
                try await group.next()
            } catch {
                serverFailure = error
            }
            await shutDown()
            guard Task.isCancelled else {
                throw PreviewFailure.serverStopped(reason: serverFailure.map(Self.reason) ?? "it closed its socket")
            }
        }
    }

    private static func loopbackAddress(port: UInt16) throws -> sockaddr_in {
        try .inet(ip4: host, port: port)
    }

    private static func reason(_ error: any Error) -> String {
        guard case .failed(_, let number, _) = error as? SocketError else { return "\(error)" }
        return String(cString: strerror(number))
    }

    /// Builds on a queue of its own, off the threads that answer requests.
    private static let buildQueue = DispatchQueue(label: "playbook.serve.build")

    struct BuildOutcome: Sendable {
        var result: Result<SiteBuilder.Report, BuildFailure>
        var duration: Duration

        /// The output folder cannot be written at all, which no edit of the sources can fix.
        var failedOnTheMachine: Bool {
            if case .failure(.system) = result { true } else { false }
        }
    }

    /// A build waiting for another build of the output stops waiting when the task is
    /// cancelled (Ctrl-C): the wait runs on the build queue, where the task's cancellation
    /// reaches it only through `stopsWaiting`.
    private static func build(_ options: BuildOptions, onEvent: @escaping @Sendable (PreviewEvent) -> Void) async -> BuildOutcome {
        let cancelled = Mutex(false)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                buildQueue.async {
                    let clock = ContinuousClock()
                    let start = clock.now
                    let result = Result { () throws(BuildFailure) in
                        try SiteBuilder(options: options).build(
                            waiting: { onEvent(.waiting(SiteBuilder.waitingNotice(options))) },
                            stopsWaiting: { cancelled.withLock { $0 } })
                    }
                    continuation.resume(returning: BuildOutcome(result: result, duration: clock.now - start))
                }
            }
        } onCancel: {
            cancelled.withLock { $0 = true }
        }
    }

    /// Tells the terminal, then the pages, which wait for the hub.
    private static func announce(
        _ outcome: BuildOutcome, changes: [String], options: BuildOptions, hub: ReloadHub,
        onEvent: @Sendable (PreviewEvent) -> Void
    ) async {
        let shownChanges = changes.map { options.display(URL(fileURLWithPath: $0)) }
        switch outcome.result {
        case .success(let report):
            onEvent(.built(report, changes: shownChanges, duration: outcome.duration))
            await hub.buildSucceeded()
        case .failure(let failure):
            onEvent(.failed(failure, changes: shownChanges, duration: outcome.duration))
            await hub.buildFailed(failure.reportLines)
        }
    }
}
