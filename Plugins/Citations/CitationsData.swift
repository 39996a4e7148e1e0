/// `extractors.citations.data` of the result contract.
public struct CitationsData: Encodable, Sendable, Equatable {
    /// The UN documents the document cites, de-duplicated, in order of first mention.
    public var citations: [Citation]
    /// Named instruments without a symbol (charters, conventions, declarations…), in order of first mention.
    public var instruments: [Instrument]

    /// Creates citations data.
    public init(citations: [Citation] = [], instruments: [Instrument] = []) {
        self.citations = citations
        self.instruments = instruments
    }
}

/// One cited UN document.
public struct Citation: Encodable, Sendable, Equatable {
    /// Canonical symbol without spaces (`S/RES/2436(2018)`).
    public var symbol: String
    /// resolution | presidential-statement | report | letter | document.
    public var kind: String
    /// The symbol's series: `S`, `A`, `E`, `ST`, `CRC`…
    public var organ: String
    /// `https://undocs.org/<lang>/<symbol>`.
    public var url: String
    /// Every place the document names it.
    public var mentions: [Mention]

    /// Creates a citation.
    public init(symbol: String, kind: String, organ: String, url: String, mentions: [Mention]) {
        self.symbol = symbol
        self.kind = kind
        self.organ = organ
        self.url = url
        self.mentions = mentions
    }
}

/// Where a citation is named: the 1-based source line and the text as printed.
public struct Mention: Encodable, Sendable, Equatable {
    /// 1-based line of the source text where the mention starts.
    public var line: Int
    /// The mention as printed (`第 2436 (2018)号决议`, `S/2018/958`, a link).
    public var text: String

    /// Creates a mention.
    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

/// A named instrument and how often the document names it.
public struct Instrument: Encodable, Sendable, Equatable {
    /// The title as printed, without brackets (`联合国宪章`, `Charter of the United Nations`).
    public var title: String
    /// Number of mentions.
    public var mentions: Int

    /// Creates an instrument entry.
    public init(title: String, mentions: Int) {
        self.title = title
        self.mentions = mentions
    }
}
