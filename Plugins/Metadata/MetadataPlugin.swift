import CitationsPlugin
import Foundation
import Gazetteer
import PluginAPI

/// The `metadata` extractor: what a UN document is — its symbol, job number, kind, title, date, sender,
/// recipient, signatory, annexes, page count, distribution date and original language.
public struct MetadataExtractor: ExtractorPlugin {
    public let descriptor = PluginDescriptor(
        name: "metadata", version: "1.0.0", languages: [],
        summary: "symbol, job number, pages and distribution block from page headers; kind, date, sender (role, State), recipient from the title (zh, en, fr, es); signatory; annex titles"
    )

    private let senderCountry: SenderCountry

    /// Creates the extractor.
    /// - Parameters:
    ///   - environment: unused for now (no settings).
    ///   - gazetteer: the States gazetteer, to give senders their ISO 3166-1 alpha-3 code.
    public init(environment: PluginEnvironment, gazetteer: StateGazetteer) throws {
        senderCountry = SenderCountry(gazetteer: gazetteer)
    }

    /// Extracts ``MetadataData`` from a document.
    public func extract(_ document: Document) async throws -> any Encodable & Sendable {
        metadata(of: document)
    }

    /// The metadata of a document (synchronous, for tests and benchmarks).
    public func metadata(of document: Document) -> MetadataData {
        let paragraphs = document.normalized.paragraphs
        let headers = PageHeaders(document: document)
        let located = TitleLocator.locate(in: paragraphs)
        // The distribution block is printed above the title.
        let blockEnd = min(document.lines.count, located.map { $0.title.line + 1 } ?? 40)
        let block = DistributionBlock(lines: document.lines[..<blockEnd])
        var data = MetadataData(
            symbol: headers.symbols.first, jobNumber: headers.jobNumber, pages: headers.pageCount,
            issuedDate: block.issuedDate, originalLanguage: block.originalLanguage)
        var afterTitle: [Paragraph] = []
        if let (title, pieces) = located {
            afterTitle = Array(pieces[title.paragraphs.upperBound...])
            data.title = title.text
            // The title is read in its folded form (Traditional → Simplified), the parties are written as printed.
            // Full-width digits and letters ("２０１９年３月５日") are read as ASCII in both.
            let folded = pieces[title.paragraphs].map(\.folded)
            let foldedTitle = HalfWidth.fold(folded.count == 1 ? folded[0] : TitleLocator.joinLines(folded))
            let printed = PrintedText(
                folded: foldedTitle, text: HalfWidth.fold(TitleLocator.joinLines(pieces[title.paragraphs].map(\.text))))
            let facts = TitleParser.parse(foldedTitle)
            data.documentKind = facts.kind
            data.date = facts.date
            if let sender = facts.senderText, !sender.isEmpty {
                let role = Roles.role(of: sender)
                data.sender = .sender(text: printed.text(of: sender), role: role, country: senderCountry.code(sender: sender, role: role))
            }
            if let recipient = facts.recipientText, !recipient.isEmpty {
                data.recipient = .recipient(text: printed.text(of: recipient), role: Roles.role(of: Roles.firstRecipient(recipient)))
            }
        } else {
            data.title = TitleLocator.normalizerTitle(in: paragraphs)
        }
        if data.documentKind == "other", let symbol = data.symbol {
            if UTF8Scan.contains("/PRST/", in: symbol) { data.documentKind = "presidential-statement" }
            if UTF8Scan.contains("/RES/", in: symbol) { data.documentKind = "resolution" }
        }
        if data.date == nil {
            switch data.documentKind {
            case "resolution", "presidential-statement": data.date = Self.meetingDate(afterTitle)
            case "report", "note": data.date = data.issuedDate
            default: break
            }
        }
        data.signatory = SignatoryLocator.locate(in: paragraphs)
        data.annexes = AnnexLocator.locate(in: document.normalized)
        return data
    }

    private static let meetingMarkers = ["Adopted by", "held on", "meeting, on", "meeting on", "次会议", "Adoptée par", "tenue le", "Aprobada por", "celebrada el"]
        .map { Array($0.utf8) }

    /// The date of the meeting that adopted a resolution or heard a presidential statement.
    private static func meetingDate(_ lines: [Paragraph]) -> String? {
        let window = Array(lines.prefix(9))
        for (offset, paragraph) in window.enumerated() {
            // The date may sit on the next line ("…at its 8362nd meeting, on" / "21 September 2018").
            let text = offset + 1 < window.count ? paragraph.folded + " " + window[offset + 1].folded : paragraph.folded
            guard let (marker, markerOffset) = meetingMarkers.lazy.compactMap({ marker in UTF8Scan.offset(of: marker, in: text).map { (marker, $0) } }).first
            else { continue }
            let bytes = Array(text.utf8)
            let isChinese = marker[0] >= 0x80
            return DateParser.first(in: bytes, from: isChinese ? 0 : markerOffset)?.iso
        }
        return nil
    }
}
