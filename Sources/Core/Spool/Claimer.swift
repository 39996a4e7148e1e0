import Platform

/// Claims inbox files: an atomic rename into `state/processing/` under a fresh ``ClaimName``. Of several daemons
/// (or threads) racing for one file exactly one rename succeeds; the others find it gone.
public enum Claimer {
    /// Claims `name` from the inbox of `layout`.
    /// - Returns: the claim, or `nil` when the file is no longer in the inbox (claimed by someone else, or removed).
    /// - Throws: ``Platform/SystemError`` for any other failure (permissions, different file systems, …).
    public static func claim(_ name: String, layout: StateLayout, at time: WallClockTime = .now()) throws(SystemError) -> ClaimName? {
        let claim = ClaimName.fresh(for: name, at: time)
        do {
            try FileSystem.rename(Path.join(layout.inbox, name), to: Path.join(layout.processing, claim.fileName), replacing: false)
            return claim
        } catch where error.errno == SystemError.noEntry {
            return nil
        }
    }
}
