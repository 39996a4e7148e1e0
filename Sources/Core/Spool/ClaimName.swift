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

    /// The file name in `state/processing/`. An original name too long to carry the token (a 255-byte name is
    /// legal in the inbox) is shortened here only; ``original`` keeps the whole name for the result.
    public var fileName: String {
        token.isEmpty ? original : token + "~" + Self.shortened(original, toBytes: Self.maxNameBytes - token.utf8.count - 1)
    }

    /// The longest file name (`NAME_MAX`) of the file systems undocd runs on.
    public static let maxNameBytes = 255

    /// `name` if it fits in `limit` UTF-8 bytes; otherwise its start, `…` and its extension (if short), cut at
    /// a character boundary to fit.
    public static func shortened(_ name: String, toBytes limit: Int) -> String {
        guard name.utf8.count > limit else { return name }
        let marker = "…"
        let suffix = name.lastIndex(of: ".").map { String(name[$0...]) }.flatMap { $0.utf8.count <= 16 ? $0 : nil } ?? ""
        let budget = limit - marker.utf8.count - suffix.utf8.count
        var head = String.UnicodeScalarView()
        var used = 0
        for scalar in name.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > budget { break }
            head.append(scalar)
            used += size
        }
        return String(head) + marker + suffix
    }

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
