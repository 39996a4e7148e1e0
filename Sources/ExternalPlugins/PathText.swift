/// Lexical path arithmetic for manifest paths (no file-system access, symbolic links left alone).
enum PathText {
    /// `relative` resolved against `folder`, with `.` and `..` components removed; absolute paths are only cleaned.
    static func resolve(_ relative: String, against folder: String) -> String {
        let joined = relative.hasPrefix("/") ? relative : folder + "/" + relative
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The folder holding `path`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
