import Platform

/// Refuses plugin files that someone other than root or the trusted owner could have written: whoever can
/// write a manifest, the plugins folder, or the program a manifest runs can run code as the daemon.
struct TrustCheck {
    /// Users allowed to own plugin files: root and the config's owner (by default the daemon's user).
    let trustedOwners: Set<UInt32>

    /// Checks one path; `kind` says what it is for the message (`plugins folder`, `manifest`, `program`).
    func check(_ path: String, as kind: String, allowSymbolicLink: Bool = false) throws(ManifestProblem) {
        let ownership: ProcessControl.FileOwnership
        do {
            ownership = try ProcessControl.ownership(ofPath: path)
        } catch {
            throw ManifestProblem(path: path, message: "cannot check the \(kind): \(error)")
        }
        if ownership.kind == .symbolicLink, !allowSymbolicLink {
            throw ManifestProblem(path: path, message: "refused: the \(kind) is a symbolic link (its target's folder could be writable by anyone)")
        }
        guard trustedOwners.contains(ownership.userID) else {
            throw ManifestProblem(
                path: path,
                message: "refused: the \(kind) is owned by uid \(ownership.userID); only root or uid \(trustedOwners.filter { $0 != 0 }.map(String.init).joined(separator: ", ")) may own it")
        }
        guard ownership.kind == .symbolicLink || !ownership.isWritableByOthers else {
            throw ManifestProblem(
                path: path,
                message: "refused: the \(kind) is writable by group or others (mode \(String(ownership.permissions, radix: 8))); run chmod go-w")
        }
    }
}
