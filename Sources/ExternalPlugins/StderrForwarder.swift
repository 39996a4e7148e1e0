import Logging
import Subprocess

/// Sends a worker's stderr to the log, one entry per line, tagged with the plugin (the logger's `plugin`
/// metadata) and the worker's pid. Long lines are cut and floods are rate-limited, so a plugin that writes
/// to stderr in a loop cannot flood the journal or grow the daemon's memory.
struct StderrForwarder {
    let logger: Logger
    let processID: Int32
    let lineLimit: Int
    let linesPerSecond: Int

    func forward(_ stream: SubprocessOutputSequence) async {
        var gate = RateGate(linesPerSecond: linesPerSecond)
        var line: [UInt8] = []
        var truncated = false
        do {
            for try await buffer in stream {
                buffer.withUnsafeBytes { bytes in
                    for byte in bytes {
                        if byte == 0x0A {
                            emit(line, truncated: truncated, gate: &gate)
                            line.removeAll(keepingCapacity: true)
                            truncated = false
                        } else if line.count < lineLimit {
                            line.append(byte)
                        } else {
                            truncated = true
                        }
                    }
                }
            }
        } catch {
            // The monitor cancels reads when the worker exits while a child still holds the pipe.
            logger.debug("stderr of plugin worker closed", metadata: ["plugin.pid": "\(processID)", "error": "\(error)"])
        }
        if !line.isEmpty { emit(line, truncated: truncated, gate: &gate) }
        gate.flush { suppressed in report(suppressed: suppressed) }
    }

    private func emit(_ line: [UInt8], truncated: Bool, gate: inout RateGate) {
        guard gate.admit(now: .now, onWindowEnd: { report(suppressed: $0) }) else { return }
        var text = String(decoding: line, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        if truncated { text += " …(cut)" }
        logger.info("\(text)", metadata: ["plugin.pid": "\(processID)", "plugin.stream": "stderr"])
    }

    private func report(suppressed: Int) {
        logger.warning(
            "plugin wrote too much to stderr: lines suppressed",
            metadata: ["plugin.pid": "\(processID)", "plugin.stderr.suppressed": "\(suppressed)"])
    }
}

/// Admits at most `linesPerSecond` lines per one-second window and counts the rest.
struct RateGate {
    let linesPerSecond: Int
    private var windowStart: ContinuousClock.Instant?
    private var admitted = 0
    private var suppressed = 0

    init(linesPerSecond: Int) { self.linesPerSecond = linesPerSecond }

    mutating func admit(now: ContinuousClock.Instant, onWindowEnd: (Int) -> Void) -> Bool {
        if let start = windowStart, now - start < .seconds(1) {
            guard admitted < linesPerSecond else {
                suppressed += 1
                return false
            }
        } else {
            flush(onWindowEnd)
            windowStart = now
            admitted = 0
        }
        admitted += 1
        return true
    }

    mutating func flush(_ report: (Int) -> Void) {
        if suppressed > 0 { report(suppressed) }
        suppressed = 0
    }
}
