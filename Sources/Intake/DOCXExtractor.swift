import Foundation
import PluginAPI
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the paragraphs of a Word document (`word/document.xml`, plus `word/footnotes.xml`) as text, one
/// paragraph per line, with a cap on the uncompressed size of every part it inflates (zip bombs).
enum DOCXExtractor {
    /// Whether a ZIP archive holds `word/document.xml` (a central-directory scan, nothing is inflated).
    static func isWordDocument(_ bytes: [UInt8]) -> Bool {
        guard ZIPStructure.problem(in: bytes) == nil else { return false }
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
            return archive["word/document.xml"] != nil
        } catch {
            return false
        }
    }

    /// The document's text: body paragraphs one per line; footnotes after a rule, as "N text" lines.
    static func text(of bytes: [UInt8], fileName: String, maxUncompressedBytes: Int) throws(IntakeError) -> String {
        if let problem = ZIPStructure.problem(in: bytes) {
            throw IntakeError(code: "docx-invalid", message: "\(fileName) is not a readable ZIP archive: \(problem)")
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
        } catch {
            throw IntakeError(code: "docx-invalid", message: "\(fileName) is not a readable ZIP archive: \(error)")
        }
        guard let documentEntry = archive["word/document.xml"] else {
            throw IntakeError(code: "docx-invalid", message: "\(fileName) has no word/document.xml")
        }
        var budget = maxUncompressedBytes
        let document = try inflate(documentEntry, from: archive, budget: &budget, fileName: fileName)
        var footnotes: [String: String] = [:]
        if let entry = archive["word/footnotes.xml"] {
            let xml = try inflate(entry, from: archive, budget: &budget, fileName: fileName)
            let reader = try parse(xml, part: "word/footnotes.xml", fileName: fileName)
            footnotes = reader.footnotes
        }
        let reader = try parse(document, part: "word/document.xml", fileName: fileName)
        // The masthead and the running symbol may be printed only in the page headers: they go first, as a PDF
        // prints them; the footers (job number, page numbers) go after the body.
        let headers = try pageParts(of: archive, prefix: "word/header", budget: &budget, fileName: fileName)
        let footers = try pageParts(of: archive, prefix: "word/footer", budget: &budget, fileName: fileName)
        var lines = headers + reader.paragraphs + footers
        let referenced = reader.footnoteReferences.compactMap { id in footnotes[id].map { (id, $0) } }
        if !referenced.isEmpty {
            lines.append("__________________")
            for (number, (_, text)) in referenced.enumerated() { lines.append("\(number + 1) \(text)") }
        }
        return lines.joined(separator: "\n")
    }

    /// At most this many header or footer parts are read (Word writes up to three per section).
    static let maxPageParts = 6

    /// The distinct non-empty paragraphs of the header (or footer) parts, `word/header1.xml`, `word/header2.xml`…
    /// in name order, without field results (a PAGE field's cached "1" is no text of the document). Inflated
    /// against the same budget as the body.
    private static func pageParts(of archive: Archive, prefix: String, budget: inout Int, fileName: String) throws(IntakeError) -> [String] {
        let entries = archive.filter { $0.path.hasPrefix(prefix) && $0.path.hasSuffix(".xml") && !$0.path.dropFirst(prefix.count).contains("/") }
            .sorted { $0.path.count != $1.path.count ? $0.path.count < $1.path.count : $0.path < $1.path }
            .prefix(maxPageParts)
        var seen: Set<String> = []
        var lines: [String] = []
        for entry in entries {
            let xml = try inflate(entry, from: archive, budget: &budget, fileName: fileName)
            let reader = try parse(xml, part: entry.path, fileName: fileName, skipFields: true)
            for paragraph in reader.paragraphs {
                let text = paragraph.trimmingCharacters(in: .whitespaces)
                if !text.isEmpty, seen.insert(text).inserted { lines.append(text) }
            }
        }
        return lines
    }

    /// Inflates one part whose declared size fits the budget, stopping as soon as it inflates past that size.
    private static func inflate(_ entry: Entry, from archive: Archive, budget: inout Int, fileName: String) throws(IntakeError) -> Data {
        let limit = budget
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw IntakeError(code: "docx-too-large", message: "\(fileName): \(entry.path) declares \(entry.uncompressedSize) bytes uncompressed; the limit is \(limit)")
        }
        // Never past the size it declares (checked against the budget just above): a zip bomb that understates its
        // size is refused as soon as it overruns, instead of after inflating the whole budget.
        let declared = Int(entry.uncompressedSize)
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= declared else { throw SizeExceeded() }
                data.append(chunk)
            }
        } catch is SizeExceeded {
            throw IntakeError(code: "docx-too-large", message: "\(fileName): \(entry.path) inflates past the \(declared) bytes it declares (a zip bomb?)")
        } catch {
            throw IntakeError(code: "docx-invalid", message: "\(fileName): cannot inflate \(entry.path): \(error)")
        }
        budget -= data.count
        return data
    }

    private struct SizeExceeded: Error {}

    private static func parse(_ xml: Data, part: String, fileName: String, skipFields: Bool = false) throws(IntakeError) -> WordXMLReader {
        // Word never writes a DTD; refusing one rules out entity-expansion attacks.
        if xml.range(of: Data("<!DOCTYPE".utf8)) != nil || xml.range(of: Data("<!ENTITY".utf8)) != nil {
            throw IntakeError(code: "docx-invalid", message: "\(fileName): \(part) declares a DTD, which Word documents never do")
        }
        // FoundationXML traps on an element or attribute name that is not valid UTF-8 (libxml2 passes such names
        // through); Word writes its parts in UTF-8, so anything else is refused before the parser sees it.
        guard String(validating: xml, as: UTF8.self) != nil else {
            throw IntakeError(code: "docx-invalid", message: "\(fileName): \(part) is not UTF-8 text")
        }
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        let reader = WordXMLReader(skipFields: skipFields)
        parser.delegate = reader
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0)" } ?? "unknown error"
            throw IntakeError(code: "docx-invalid", message: "\(fileName): \(part) is not well-formed XML (\(reason))")
        }
        return reader
    }
}

/// Collects paragraph text from WordprocessingML: `w:t` runs, tabs and breaks, footnote references and the
/// footnotes themselves. Deleted text (`w:delText`) and field instructions (`w:instrText`) are skipped, and so are
/// field results when asked (page numbers in headers and footers). A text box's paragraphs (a `w:p` inside a `w:p`)
/// are paragraphs of their own, read once: the VML copy Word keeps in `mc:Fallback` is skipped.
private final class WordXMLReader: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
    var footnotes: [String: String] = [:]
    var footnoteReferences: [String] = []
    private let skipFields: Bool
    private var current = ""
    private var inText = false
    private var footnoteID: String?
    private var footnoteText = ""
    /// Depth of `w:fldSimple` elements and of complex fields (`w:fldChar` begin … end) being read.
    private var simpleFields = 0
    private var complexFields = 0
    /// The text of the paragraphs a text box interrupted, outermost first.
    private var enclosing: [String] = []
    /// Depth of `mc:Fallback` elements: the second copy of a drawing or text box.
    private var fallback = 0

    init(skipFields: Bool) {
        self.skipFields = skipFields
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if element == "mc:Fallback" { fallback += 1 }
        guard fallback == 0 else { return }
        switch element {
        case "w:t": inText = !skipFields || (simpleFields == 0 && complexFields == 0)
        case "w:fldSimple": simpleFields += 1
        case "w:fldChar":
            switch attributes["w:fldCharType"] {
            case "begin": complexFields += 1
            case "end": complexFields = max(0, complexFields - 1)
            default: break
            }
        case "w:tab": current += " "
        case "w:noBreakHyphen": current += "-"  // "Secretary‑General" as Word stores it
        case "w:br", "w:cr": current += "\n"
        case "w:p":
            enclosing.append(current)
            current = ""
        case "w:footnote": footnoteID = attributes["w:id"]; footnoteText = ""
        case "w:footnoteReference":
            if let id = attributes["w:id"] {
                footnoteReferences.append(id)
                current += "\(footnoteReferences.count)"
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "mc:Fallback" {
            fallback = max(0, fallback - 1)
            return
        }
        guard fallback == 0 else { return }
        switch element {
        case "w:t": inText = false
        case "w:fldSimple": simpleFields = max(0, simpleFields - 1)
        case "w:p":
            if footnoteID != nil {
                footnoteText += footnoteText.isEmpty ? current.trimmingCharacters(in: .whitespaces) : " " + current
            } else {
                paragraphs.append(current)
            }
            current = enclosing.popLast() ?? ""
        case "w:footnote":
            if let id = footnoteID { footnotes[id] = footnoteText }
            footnoteID = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, fallback == 0 { current += string }
    }
}
