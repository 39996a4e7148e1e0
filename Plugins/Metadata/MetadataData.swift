/// `extractors.metadata.data` of the result contract. Every field is always written; `null` means "not found".
public struct MetadataData: Encodable, Sendable, Equatable {
    /// The document's own symbol, canonical.
    public var symbol: String?
    /// The job number printed on the pages (`19-22675`).
    public var jobNumber: String?
    /// letter | note-verbale | note | report | statement | presidential-statement | resolution | other.
    public var documentKind: String
    /// The title as printed (wrapped lines joined).
    public var title: String?
    /// The document's own date, ISO 8601.
    public var date: String?
    /// Who wrote it.
    public var sender: Party?
    /// To whom (the role is the first recipient's).
    public var recipient: Party?
    /// Who signed it.
    public var signatory: Signatory?
    /// The annexes' titles.
    public var annexes: [Annex]
    /// The page count from `2/15`-style footers.
    public var pages: Int?
    /// The distribution date (`Distr.: General` block), ISO 8601.
    public var issuedDate: String?
    /// The language of the original (`Original: English` → `en`).
    public var originalLanguage: String?

    /// Creates metadata; everything but the kind defaults to "not found".
    public init(
        symbol: String? = nil, jobNumber: String? = nil, documentKind: String = "other", title: String? = nil,
        date: String? = nil, sender: Party? = nil, recipient: Party? = nil, signatory: Signatory? = nil,
        annexes: [Annex] = [], pages: Int? = nil, issuedDate: String? = nil, originalLanguage: String? = nil
    ) {
        self.symbol = symbol
        self.jobNumber = jobNumber
        self.documentKind = documentKind
        self.title = title
        self.date = date
        self.sender = sender
        self.recipient = recipient
        self.signatory = signatory
        self.annexes = annexes
        self.pages = pages
        self.issuedDate = issuedDate
        self.originalLanguage = originalLanguage
    }

    private enum CodingKeys: String, CodingKey {
        case symbol, jobNumber, documentKind, title, date, sender, recipient, signatory, annexes, pages, issuedDate, originalLanguage
    }

    /// Encodes every key, writing `null` for what was not found (the contract requires the keys).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(symbol, forKey: .symbol)
        try container.encode(jobNumber, forKey: .jobNumber)
        try container.encode(documentKind, forKey: .documentKind)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(sender, forKey: .sender)
        try container.encode(recipient, forKey: .recipient)
        try container.encode(signatory, forKey: .signatory)
        try container.encode(annexes, forKey: .annexes)
        try container.encode(pages, forKey: .pages)
        try container.encode(issuedDate, forKey: .issuedDate)
        try container.encode(originalLanguage, forKey: .originalLanguage)
    }
}

/// A sender or recipient as the title names it.
public struct Party: Encodable, Sendable, Equatable {
    /// The words of the title (`科特迪瓦常驻联合国代表`, `Permanent Representative of Côte d'Ivoire to the United Nations`).
    public var text: String
    /// permanent-representative | deputy-permanent-representative | charge-d-affaires | permanent-mission |
    /// chair-working-group | chair-committee | president-security-council | secretary-general |
    /// president-general-assembly | members-security-council | other.
    public var role: String
    /// ISO 3166-1 alpha-3 of the sending State; `null` for organs and officials. Not written for recipients.
    public var country: String?
    private var writesCountry: Bool

    /// A sender, with its country (or `nil`).
    public static func sender(text: String, role: String, country: String?) -> Party {
        Party(text: text, role: role, country: country, writesCountry: true)
    }

    /// A recipient (no country key).
    public static func recipient(text: String, role: String) -> Party {
        Party(text: text, role: role, country: nil, writesCountry: false)
    }

    private enum CodingKeys: String, CodingKey { case text, role, country }

    /// Encodes `text`, `role` and, for senders, `country` (null when unknown).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(role, forKey: .role)
        if writesCountry { try container.encode(country, forKey: .country) }
    }
}

/// The person who signed, and the title printed with the name.
public struct Signatory: Encodable, Sendable, Equatable {
    /// The name as printed.
    public var name: String
    /// The title above or below the name (`大使`, `Permanent Representative`), or `null`.
    public var title: String?

    /// Creates a signatory.
    public init(name: String, title: String?) {
        self.name = name
        self.title = title
    }

    private enum CodingKeys: String, CodingKey { case name, title }

    /// Encodes both keys (title null when absent).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(title, forKey: .title)
    }
}

/// An annex: its title and the source line where the title is printed.
public struct Annex: Encodable, Sendable, Equatable {
    /// The annex title (or its heading when it has no title).
    public var title: String
    /// 1-based source line of the title.
    public var line: Int

    /// Creates an annex entry.
    public init(title: String, line: Int) {
        self.title = title
        self.line = line
    }
}
