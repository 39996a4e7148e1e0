/// The first element of UN document symbols: the series (principal organs, the Secretariat, treaty bodies,
/// conferences and a few subsidiary bodies that print their own series).
///
/// A symbol is only recognized when it starts with one of these, so "C-130", "A/B" or "10-1-2" never are.
enum SymbolSeries {
    /// Series roots as printed (upper case).
    static let roots: [[UInt8]] = [
        // Principal organs and the Secretariat
        "S", "A", "E", "ST", "T",
        // Press releases and meeting coverage (SC/14000, SG/SM/19000, GA/12345)
        "SC", "SG", "GA",
        // Human rights treaty bodies
        "CRC", "CEDAW", "CERD", "CCPR", "CAT", "CMW", "CRPD", "CED", "HRI",
        // Funds, programmes, conferences and other bodies with their own series
        "DP", "TD", "UNEP", "UNW", "JIU", "CD", "NPT", "APLC", "CCW", "BWC", "FCCC", "ICCD", "PBC", "ECE",
        "SPLOS", "ISBA", "IDB", "CTOC", "CAC",
    ].map { Array($0.utf8) }

    /// Series that print many one-number symbols of other kinds: they need at least two elements after the root
    /// (S/2020/123, A/72/19), or one element with a number after a dot (S/PV.8362).
    static let needsTwoElements: Set<[UInt8]> = Set(["S", "A", "E", "ST", "T"].map { Array($0.utf8) })

    /// Elements written in mixed case in canonical symbols (/Add.1, /Rev.2, /Corr.1, /Amend.1, /Sub.2).
    static let mixedCaseElements: [[UInt8]] = ["Add", "Rev", "Corr", "Amend", "Sub", "Summary", "Misc", "Part"].map { Array($0.utf8) }

    /// Mixed-case elements some series print besides (`UNEP/EA.5/Res.14`, `UNEP/EA.5/Dec.1`). They are not restored
    /// in lower-case links, where `res` is the Council's `RES`.
    static let otherMixedCaseElements: [[UInt8]] = ["Res", "Dec", "Inf"].map { Array($0.utf8) }

    /// The organ a canonical symbol belongs to: its series root (`S`, `A`, `E`, `ST`, `CRC`, …).
    static func organ(of symbol: String) -> String {
        var organ = ""
        for scalar in symbol.unicodeScalars {
            if scalar == "/" { break }
            organ.unicodeScalars.append(scalar)
        }
        return organ
    }
}
