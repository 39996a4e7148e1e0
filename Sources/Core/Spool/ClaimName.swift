import Platform
import Synchronization

/// The name a claimed document has in `state/processing/`: a token unique to this claim, `~`, the original name
/// (`1763779200123-4711-42~S-2019-1002.pdf`). The token makes every claim distinct, so the ledger can tell a
/// document interrupted by a crash from a later one with the same name, and renames never collide.
public struct ClaimName: Sendable, Hashable {
    /// The unique token: claim time in ms since the epoch, process id, sequence number.
    public let token: String
    /// The file name as dropped into the inbox.
    public let original: String

    /// The file name in `state/processing/`.
    public var fileName: String { token.isEmpty ? original : token + "~" + original }

    /// When the document was claimed (from the token), if the token carries it.
    public var claimedAt: WallClockTime? {
        token.split(separator: "-").first.flatMap { Int64($0) }.map(WallClockTime.init(millisecondsSinceEpoch:))
    }

    private static let sequence = Atomic<Int>(0)

    /// A fresh claim name for `original`, claimed now.
    public static func fresh(for original: String, at time: WallClockTime) -> ClaimName {
        let number = sequence.add(1, ordering: .relaxed).newValue
        return ClaimName(token: "\(time.millisecondsSinceEpoch)-\(System.processID)-\(number)", original: original)
    }

    /// Parses a file name found in `state/processing/` (a name without `~` is taken as an original name).
    public init(fileName: String) {
        if let tilde = fileName.firstIndex(of: "~") {
            token = String(fileName[..<tilde])
            original = String(fileName[fileName.index(after: tilde)...])
        } else {
            token = ""
            original = fileName
        }
    }

    init(token: String, original: String) {
        self.token = token
        self.original = original
    }
}
