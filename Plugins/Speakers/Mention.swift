/// One place where a document shows a speaker (or a candidate): found by the scanners, then merged into speakers.
///
/// A class: a scanner fills one in as it reads, and from then on the mentions are only read, grouped and sorted
/// (many times per person), where copying a struct of strings would retain each of them.
final class Mention {
    /// What the text says the mentioned person or State does there.
    enum Evidence: Int, Comparable {
        /// Only named: not enough to be a speaker on its own.
        case none
        /// Named with a title in a sentence or list that introduces briefers or speakers.
        case introduced
        /// The subject of a speech verb.
        case speech
        /// Named in the heading of a statement.
        case statement
        /// Signs the document.
        case signature

        static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Paragraph index and UTF-8 offset in it (for the line).
    var paragraph: Int
    var utf8Offset: Int
    /// The name as printed, nil for a State speaking through an unnamed representative.
    var name: String?
    /// The name without separators and spaces, folded, as UTF-8: what mentions are linked by (compared byte for
    /// byte, without hashing a `String`'s Unicode normalization).
    var key: [UInt8]
    /// A full name (given name and surname) rather than a surname with an honorific.
    var isFull: Bool
    var title: String?
    var honorific: String?
    var affiliation: SpeakersData.Affiliation?
    var evidence: Evidence
    /// Named as chair.
    var isChair = false
    /// The title and honorific printed above or under a signature ("常驻代表" / "大使", "Ambassador" / "Permanent
    /// Representative"), used when the person has none from the text.
    var signatureTitle: String?
    var signatureHonorific: String?

    init(
        paragraph: Int, utf8Offset: Int, name: String?, key: [UInt8], isFull: Bool, title: String?, honorific: String?,
        affiliation: SpeakersData.Affiliation?, evidence: Evidence
    ) {
        self.paragraph = paragraph
        self.utf8Offset = utf8Offset
        self.name = name
        self.key = key
        self.isFull = isFull
        self.title = title
        self.honorific = honorific
        self.affiliation = affiliation
        self.evidence = evidence
    }
}

extension Mention {
    /// The linking key of a printed name: separators and white space removed, Latin letters lower-cased.
    static func key(of name: String) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars where !ScalarText.isNameSeparator(scalar.value) && !ScalarText.isSpace(scalar.value)
            && scalar.value != 0x2E {
            key.append(contentsOf: (Unicode.Scalar(ScalarText.lowered(scalar.value)) ?? scalar).utf8)
        }
        return key
    }

    /// How many scalars a key has (its UTF-8 bytes that are not continuation bytes).
    static func scalarCount(of key: some Collection<UInt8>) -> Int {
        key.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}

/// A printed name compared and hashed by its UTF-8 bytes: for sets of names seen, where hashing a `String` would
/// normalize it first.
struct NameBytes: Hashable {
    let name: String

    static func == (lhs: NameBytes, rhs: NameBytes) -> Bool { lhs.name.utf8.elementsEqual(rhs.name.utf8) }

    func hash(into hasher: inout Hasher) {
        var name = name
        name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
