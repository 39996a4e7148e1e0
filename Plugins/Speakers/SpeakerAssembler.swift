import PluginAPI

/// Merges the mentions of a document into speakers: links surnames to full names, decides roles and affiliation,
/// and collects the lines where each speaker speaks.
struct SpeakerAssembler {
    let document: Document
    let views: [ParagraphView]
    /// The State that sends the document (its title "X常驻联合国代表给…的信" / "from the Permanent Representative of X").
    let senderState: SpeakersData.Affiliation?
    /// The sender writes as chair of a body ("工作组主席给…的信").
    let senderIsChair: Bool
    /// The State holding the chair, when the text says so ("乍得将以…主席的身份").
    let chairState: SpeakersData.Affiliation?
    /// The sender is the Secretary-General (or another UN official): the signatory speaks for the UN.
    var senderIsUnitedNations = false

    private final class Person {
        var mentions: [Mention] = []
        let key: [UInt8]
        init(key: [UInt8]) { self.key = key }
        var best: Mention.Evidence { mentions.map(\.evidence).max() ?? .none }
        var isChair: Bool { mentions.contains(where: \.isChair) }

        /// The positions of `mentions`, sorted, for ``lastParagraph(atOrBefore:)``; brought up to date when read
        /// (mentions are only appended meanwhile), so linking n surnames costs n log n, not n².
        private var sorted: [(paragraph: Int, offset: Int)] = []
        private var sortedCount = 0

        /// The paragraph of the last mention at or before `position`, or -1.
        func lastParagraph(atOrBefore position: (Int, Int)) -> Int {
            if sortedCount > mentions.count { sorted.removeAll(); sortedCount = 0 }
            while sortedCount < mentions.count {
                let mention = mentions[sortedCount]
                let next = (mention.paragraph, mention.utf8Offset)
                sorted.insert(next, at: upperBound(next))
                sortedCount += 1
            }
            let index = upperBound(position)
            return index > 0 ? sorted[index - 1].paragraph : -1
        }

        /// The index of the first sorted position after `position`.
        private func upperBound(_ position: (Int, Int)) -> Int {
            var low = 0
            var high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if (sorted[mid].paragraph, sorted[mid].offset) <= position { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    func assemble(persons mentions: [Mention], states stateMentions: [Mention]) -> [SpeakersData.Speaker] {
        // Nameless mentions (a delegation's statement) belong with the States.
        let persons = mentions.filter { $0.name != nil }
        let states = stateMentions + mentions.filter { $0.name == nil }
        var people: [Person] = []
        var byKey: [KeyBytes: Person] = [:]
        byKey.reserveCapacity(persons.count)
        for mention in persons where mention.isFull {
            if let person = byKey[KeyBytes(mention.key)] {
                person.mentions.append(mention)
            } else {
                let person = Person(key: mention.key)
                person.mentions.append(mention)
                byKey[KeyBytes(mention.key)] = person
                people.append(person)
            }
        }
        // A shorter full name that ends another ("范·罗森" of "休·范·罗森") is the same person.
        for person in people where Mention.scalarCount(of: person.key) >= 2 {
            if let longer = people.first(where: { $0 !== person && $0.key.count > person.key.count && $0.key.hasSuffix(person.key) }) {
                longer.mentions.append(contentsOf: person.mentions)
                person.mentions.removeAll()
            }
        }
        people.removeAll { $0.mentions.isEmpty }
        let fullPeople = people
        for mention in persons where !mention.isFull {
            if let person = link(mention, to: fullPeople) {
                person.mentions.append(mention)
            } else if let person = byKey[KeyBytes(mention.key)] {
                person.mentions.append(mention)
            } else if mention.evidence >= .speech {
                let person = Person(key: mention.key)
                person.mentions.append(mention)
                byKey[KeyBytes(mention.key)] = person
                people.append(person)
            }
        }
        var speakers: [(order: (Int, Int), speaker: SpeakersData.Speaker)] = []
        for person in people where person.best > .none || person.isChair {
            let ordered = person.mentions.sorted { ($0.paragraph, $0.utf8Offset) < ($1.paragraph, $1.utf8Offset) }
            let full = ordered.first(where: \.isFull) ?? ordered[0]
            let name = ordered.filter(\.isFull).max { ($0.name?.utf8.count ?? 0) < ($1.name?.utf8.count ?? 0) }?.name ?? full.name
            var roles: [String] = []
            let evidence = EvidenceSet(ordered.lazy.map(\.evidence))
            let signed = evidence.contains(.signature)
            var affiliation = ordered.lazy.compactMap(\.affiliation).first
            if affiliation == nil && signed { affiliation = senderIsChair ? chairState : senderState }
            if affiliation == nil && signed && senderIsUnitedNations && !senderIsChair { affiliation = .init(kind: "un", code: "UN", name: nil) }
            if affiliation == nil && person.isChair { affiliation = chairState }
            // "外交部发言人汪文斌答记者问" annexed to a State's letter: a ministry without a State is the sender's.
            if affiliation == nil, !senderIsChair, evidence.contains(.statement),
               ordered.contains(where: { $0.title.map(SpeakerAssembler.namesNationalMinistry) == true }) {
                affiliation = senderState
            }
            if evidence.contains(.speech) || evidence.contains(.introduced) {
                roles.append(affiliation?.kind == "state" ? "representative" : "briefer")
            }
            if person.isChair || (signed && senderIsChair) { roles.append("chair") }
            if signed { roles.append("signatory") }
            if evidence.contains(.statement) { roles.append("statement") }
            if roles.isEmpty { roles.append("other") }
            speakers.append((
                (ordered[0].paragraph, ordered[0].utf8Offset),
                SpeakersData.Speaker(
                    name: name, honorific: ordered.lazy.compactMap(\.honorific).first ?? ordered.lazy.compactMap(\.signatureHonorific).first,
                    title: Self.title(of: ordered) ?? ordered.lazy.compactMap(\.signatureTitle).first,
                    affiliation: affiliation, roles: roles, lines: lines(of: ordered.filter { $0.evidence > .none || $0.isChair }))))
        }
        var nameless: [String: [Mention]] = [:]
        var namelessOrder: [String] = []
        for mention in states {
            guard let code = mention.affiliation?.code else { continue }
            if nameless[code] == nil { namelessOrder.append(code) }
            nameless[code, default: []].append(mention)
        }
        for code in namelessOrder {
            guard let mentions = nameless[code], let first = mentions.first else { continue }
            var roles: [String] = []
            if mentions.contains(where: { $0.evidence == .speech }) { roles.append("representative") }
            if mentions.contains(where: { $0.evidence == .statement }) { roles.append("statement") }
            // "埃塞俄比亚代表还指出" after "埃塞俄比亚常驻联合国代表塔耶·阿茨凯-塞拉西大使说": the State speaks through the
            // person the document names as its representative. Not through a chair, whose State has a delegate of its own.
            let representatives = speakers.indices.filter { index in
                let speaker = speakers[index].speaker
                return speaker.name != nil && speaker.affiliation?.kind == "state" && speaker.affiliation?.code == code
                    && speaker.roles.contains("representative") && !speaker.roles.contains("chair")
            }
            if representatives.count == 1, let index = representatives.first {
                speakers[index].speaker.lines = (speakers[index].speaker.lines + lines(of: mentions)).sorted().uniqued()
                if roles.contains("statement") && !speakers[index].speaker.roles.contains("statement") {
                    speakers[index].speaker.roles.append("statement")
                }
                continue
            }
            speakers.append((
                (first.paragraph, first.utf8Offset),
                SpeakersData.Speaker(name: nil, honorific: nil, title: nil, affiliation: first.affiliation, roles: roles, lines: lines(of: mentions))))
        }
        return speakers.sorted { $0.order < $1.order }.map(\.speaker)
    }

    /// The full-name person a surname refers to: the one whose name ends with it (trying the surname without its
    /// first characters too, for "感谢拉克鲁瓦" read as "谢拉克鲁瓦"); the most recently mentioned wins.
    private func link(_ mention: Mention, to people: [Person]) -> Person? {
        var key = mention.key[...]
        while Mention.scalarCount(of: key) >= 2 {
            let candidates = people.filter { $0.key.hasSuffix(key) }
            if let best = candidates.max(by: { lastPosition($0, before: mention) < lastPosition($1, before: mention) }) { return best }
            // Without its first scalar: the lead byte and its continuation bytes.
            key = key.dropFirst()
            while let byte = key.first, byte & 0xC0 == 0x80 { key = key.dropFirst() }
        }
        // "Mr. Huang" after "Huang Xia": a Chinese name written in Latin letters puts the surname first. Only a
        // two-word name, and only when one person has it.
        if let name = mention.name, mention.honorific != nil, !name.contains(" "),
           name.unicodeScalars.first.map({ ScalarText.isUpperLatin($0.value) }) == true {
            let byFirstWord = people.filter { person in
                person.mentions.contains { full in
                    guard full.isFull, let words = full.name?.split(separator: " "), words.count == 2 else { return false }
                    return words[0] == name
                }
            }
            if byFirstWord.count == 1 { return byFirstWord[0] }
        }
        return nil
    }

    private func lastPosition(_ person: Person, before mention: Mention) -> Int {
        person.lastParagraph(atOrBefore: (mention.paragraph, mention.utf8Offset))
    }

    /// The first title a person is given, or a later one that says more of it ("Permanent Representative" under a
    /// signature, "Permanent Representative of Norway" in the text).
    private static func title(of mentions: [Mention]) -> String? {
        var title: String?
        for case let candidate? in mentions.lazy.map(\.title) {
            guard let chosen = title else { title = candidate; continue }
            if candidate.utf8.count > chosen.utf8.count && candidate.hasPrefix(chosen) { title = candidate }
        }
        return title
    }

    private func lines(of mentions: [Mention]) -> [Int] {
        var lines = mentions.map { views[$0.paragraph].paragraph.sourceLine(atUTF8Offset: $0.utf8Offset) }
        lines.sort()
        return lines.uniqued()
    }
}

/// A mention's key hashed as one run of bytes (an array of bytes hashes byte by byte).
private struct KeyBytes: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

extension SpeakerAssembler {
    /// Whether a title names a ministry of a State without naming the State ("外交部发言人", "Spokesperson of the Ministry
    /// of Foreign Affairs").
    static func namesNationalMinistry(_ title: String) -> Bool {
        title.contains("外交部") || title.contains("外务省") || title.contains("Ministry of Foreign Affairs")
            || title.contains("Foreign Ministry") || title.contains("Ministry of External Affairs")
    }
}

/// The kinds of evidence of a person's mentions, as bits.
private struct EvidenceSet {
    private var bits: UInt8 = 0

    init(_ evidence: some Sequence<Mention.Evidence>) {
        for item in evidence { bits |= 1 << UInt8(item.rawValue) }
    }

    func contains(_ evidence: Mention.Evidence) -> Bool { bits & (1 << UInt8(evidence.rawValue)) != 0 }
}

extension [Int] {
    /// The sorted array without repeated elements.
    func uniqued() -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(count)
        for element in self where element != result.last { result.append(element) }
        return result
    }
}

extension [UInt8] {
    /// Whether the bytes end with those of `suffix`.
    func hasSuffix(_ suffix: some RandomAccessCollection<UInt8>) -> Bool {
        let count = suffix.count
        guard self.count >= count else { return false }
        return withUnsafeBufferPointer { bytes in
            var offset = 0
            for byte in suffix {
                if bytes[bytes.count - count + offset] != byte { return false }
                offset += 1
            }
            return true
        }
    }
}
