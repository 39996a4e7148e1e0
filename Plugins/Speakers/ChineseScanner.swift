/// Finds speakers in Chinese prose: transliterated names ("让-皮埃尔·拉克鲁瓦"), Latin names in Chinese text
/// ("司长 Michael Kingsley-Nyinah"), surnames with an honorific or rank ("梅农少将"), names in statement headings
/// and signatures, and States whose representatives speak ("埃塞俄比亚代表说", "中国、法国和联合王国的代表强调").
struct ChineseScanner {
    let resolver: AffiliationResolver

    private static let statementSuffixes = WordSet([
        "的发言", "的讲话", "的致辞", "的声明", "的通报", "所作的发言", "的发言稿", "的联合声明", "联合声明", "答记者问",
    ])
    private static let briefingThanked = WordSet(["的通报", "所作的通报", "的情况通报", "的介绍", "所作的介绍"])
    private static let thanks = WordSet(["感谢", "谢谢"])

    /// Whether the paragraph goes on from `start` to its end as the rest of a statement heading: at most 40 characters
    /// with no sentence or clause mark, ending "的发言" (or 讲话, 致辞, 声明).
    static func isStatementHeadingTail(_ text: ScalarText, from start: Int) -> Bool {
        var end = text.count
        while end > start && ScalarText.isSpace(text[end - 1]) { end -= 1 }
        guard end - start <= 40, end - start > 3, headingEnds.matchEnding(text, before: end) != nil else { return false }
        return !(start..<end).contains { ParagraphView.isClauseDelimiter(text[$0]) }
    }

    private static let headingEnds = WordSet(["的发言", "的讲话", "的致辞", "的声明"])
    private static let leadingConjunctions = WordSet(["和", "及", "与", "以及"])
    /// 在: what opens the occasion of a statement ("…在安全理事会公开辩论会上的发言").
    static let atWord: UInt32 = 0x5728
    /// 和 及 与 、 ，: what joins two people named in a row.
    private static let personJoiners: Set<UInt32> = [0x548C, 0x53CA, 0x4E0E, 0x3001, 0xFF0C]
    static let reportWords = WordSet(["报告", "文章", "著作", "书中", "一书"])
    /// Before a report word, these make the report the object of the clause ("对报告…表示关切"), not its source.
    private static let objectMarkers = WordSet(["对", "就", "对该", "就该", "欢迎", "介绍", "审议"])
    private static let notSubjectAfterName = WordSet(["的", "“", "《", "\"", "「", "关于", "之"])
    /// "(签名)" marks a signatory and "(主席)" a chair, in any parenthesis and script (matched on the folded text).
    static let signatureWord = Array("签名".unicodeScalars.map(\.value))
    static let chairWord = Array("主席".unicodeScalars.map(\.value))
    private static let delegationWord = Array("代表团".unicodeScalars.map(\.value))
    /// A State's bodies that issue statements in its name: "外交部", "外交和国际合作部", "政府".
    private static let speakingBodies = WordSet(["部", "政府", "总统府", "外交部新闻处"])
    private static let titleLeadCuts = WordSet([
        "包括", "是", "邀请了", "听取了", "由", "：", ":", "即", "还邀请", "邀请", "两位发言者是", "会议上", "会上", "并以", "感谢", "谨转递",
        "转递", "欢迎",
    ])
    private static let chairCues = WordSet(["以主席身份", "主持会议", "主持了", "宣布会议开幕", "宣布会议开始"])
    /// "当选为主席", "担任会议主席": a post follows; it makes a chair only when it is the chair of the meeting or of the
    /// body itself, not of another one ("目前担任建设和平委员会主席", "担任协调员").
    private static let postCues = WordSet(["当选为", "担任"])
    private static let ownBodies: Set<String> = ["", "会议", "本次会议", "该次会议", "本工作组", "工作组", "本委员会", "委员会", "联合"]
    /// The end of a body's name printed on the line above its chair's title in a signature block.
    private static let bodyEnds = WordSet(["工作组", "委员会", "理事会", "代表团", "小组", "办公室", "特派团", "专家组"])
    /// "会议由爱尔兰常驻代表纳森大使主持": 主持 after the name, 由 before it in the same clause.
    private static let presides = WordSet(["主持"])
    private static let byWord: UInt32 = 0x7531  // 由
    private static let possessive: UInt32 = 0x7684  // 的
    private static let myWord = WordSet(["我的"])
    private static let throughIts = WordSet(["通过其"])
    /// A resolution's operative verbs of request: the clause asks someone else to act.
    private static let requests = WordSet(["请", "还请", "又请", "吁请", "促请", "敦促", "要求"])
    static let personTitleBeforeRepresentative = WordSet(["常驻", "常驻联合国", "副", "特别", "高级", "全权", "首席"])
    private static let listJoiners = WordSet(["、", "和", "及", "与", "以及", "，以及", ", ", ",", " and ", "和和"])
    private static let stateListAdverbs = WordSet([
        "还", "也", "均", "都", "一致", "重点", "特别", "着重", "进一步", "则", "同样", "再次", "共同",
    ])

    /// Where ``persons(in:)`` has something to test: name separators and capital Latin letters, and the first two
    /// characters of honorifics (in either ASCII case, as ``WordSet`` ignores it; every honorific has two or more).
    private static let personCandidates: (singles: ScalarBitmap, firsts: ScalarBitmap, seconds: ScalarBitmap) = {
        let separators: [UInt32] = [0xB7, 0x2022, 0x30FB, 0x2027, 0x2D, 0x2010, 0x2011, 0xFF0D, 0x22C5, 0xFF65]
        let capitals = (UInt32(0x41)..<0x250).filter(ScalarText.isUpperLatin)
        func bothCases(_ scalars: [UInt32]) -> [UInt32] { scalars.flatMap { $0 >= 0x61 && $0 <= 0x7A ? [$0, $0 - 0x20] : [$0] } }
        assert(Lexicon.chineseHonorifics.wordsHaveTwoScalars)
        assert((0..<0x10000).filter { ScalarText.isNameSeparator($0) } == separators.sorted()
            && (0..<0x10000).filter { ScalarText.isUpperLatin($0) } == capitals)
        return (ScalarBitmap(separators + capitals), ScalarBitmap(bothCases(Lexicon.chineseHonorifics.firstScalars)),
                ScalarBitmap(bothCases(Lexicon.chineseHonorifics.secondScalars)))
    }()

    /// Every person mention in the paragraph.
    func persons(in view: ParagraphView) -> [Mention] {
        let text = view.text
        // Locals, not globals, in the loops below: a global is checked for initialization at every use.
        let transliteration = Lexicon.transliteration
        let honorifics = Lexicon.chineseHonorifics
        var mentions: [Mention] = []
        var covered: [Range<Int>] = []
        var previousEnd = 0
        var index = 0
        // Latin names are read here only inside Chinese text ("司长 Michael Kingsley-Nyinah"); English text has its own scanner.
        let chineseContext = text.ideographs > 0
        // The positions the loops below stop at (name separators, capital Latin letters, honorifics' first two
        // characters), found in one pass; every other position does nothing in either loop.
        let wanted = ChineseScanner.personCandidates
        let candidates = wanted.singles.positions(in: text, orPairsOf: wanted.firsts, wanted.seconds)
        // Full names: transliterated with separators, or Latin words.
        for candidate in candidates where candidate >= index {
            index = candidate
            if ScalarText.isNameSeparator(text[index]), let span = dottedName(text, separator: index) {
                if !view.overlapsState(span.lowerBound, span.upperBound) {
                    mentions.append(mention(view, span, isFull: true, titleFloor: previousEnd))
                    covered.append(span)
                    previousEnd = span.upperBound
                }
                index = span.upperBound
                continue
            }
            if chineseContext && ScalarText.isUpperLatin(text[index]) && !ScalarText.isLatinLetter(text[index - 1]),
               let latin = latinName(text, at: index) {
                if latin.words >= 2 || ChineseScanner.honorificAfter(text, latin.range.upperBound) != nil {
                    mentions.append(mention(view, latin.range, isFull: latin.words >= 2, titleFloor: previousEnd))
                    covered.append(latin.range)
                    previousEnd = latin.range.upperBound
                }
                index = latin.range.upperBound
                continue
            }
        }
        // Surnames with an honorific or rank: "梅农少将", "拉德卜先生", "范·罗森少将".
        index = 1
        for candidate in candidates where candidate >= index {
            index = candidate
            guard let length = honorifics.match(text, at: index) else { continue }
            guard transliteration.contains(text[index - 1]) else {
                // A Chinese name between a title and an honorific: "中国常驻联合国代表张军大使说".
                if let span = ChineseScanner.nativeName(text, before: index),
                   !covered.contains(where: { $0.overlaps(span) }) && !view.overlapsState(span.lowerBound, span.upperBound) {
                    let floor = covered.lazy.map(\.upperBound).filter { $0 <= span.lowerBound }.max() ?? 0
                    mentions.append(mention(view, span, isFull: true, titleFloor: floor))
                    covered.append(span)
                    index += length
                } else {
                    index += 1
                }
                continue
            }
            var start = index
            while start > 0 && index - start < 10 {
                let previous = text[start - 1]
                let joinsSeparator = ScalarText.isNameSeparator(previous) && transliteration.contains(text[start - 2])
                guard transliteration.contains(previous) || joinsSeparator else { break }
                if Lexicon.chineseTitleEnds.matchEnding(text, before: start) != nil || Lexicon.chineseLeftStops.matchEnding(text, before: start) != nil { break }
                start -= 1
            }
            let span = start..<index
            if span.count >= 2 && !covered.contains(where: { $0.overlaps(span) }) && !view.overlapsState(span.lowerBound, span.upperBound) {
                // The title may stand before the surname, back to the previous name ("维和行动部副秘书长拉克鲁瓦先生").
                let floor = covered.lazy.map(\.upperBound).filter { $0 <= span.lowerBound }.max() ?? 0
                mentions.append(mention(view, span, isFull: false, titleFloor: floor))
            }
            index += length
        }
        mentions.append(contentsOf: headingNames(view, covered: mentions.map { view.text.index(ofUTF8: $0.utf8Offset) }))
        if let line = speakerLine(view) { mentions.append(line) }
        return mentions
    }

    /// A transliterated name around the separator at `separator`: runs of transliteration characters joined by
    /// separators, stopped by titles on the left and by honorifics or verbs on the right.
    private func dottedName(_ text: ScalarText, separator: Int) -> Range<Int>? {
        let isHyphen = text[separator] == 0x2D || text[separator] == 0x2010 || text[separator] == 0x2011 || text[separator] == 0xFF0D
        guard Lexicon.transliteration.contains(text[separator - 1]) else { return nil }
        var next = separator + 1
        if !isHyphen { while ScalarText.isSpace(text[next]) && next - separator < 4 { next += 1 } }
        guard Lexicon.transliteration.contains(text[next]) else { return nil }
        var start = separator
        while start > 0 && separator - start < 6 && Lexicon.transliteration.contains(text[start - 1]) {
            if start < separator && (Lexicon.chineseTitleEnds.matchEnding(text, before: start) != nil
                || Lexicon.chineseLeftStops.matchEnding(text, before: start) != nil) { break }
            start -= 1
        }
        var end = next
        while true {
            let segmentStart = end
            while end < text.count && end - segmentStart < 10 && Lexicon.transliteration.contains(text[end])
                && Lexicon.chineseHonorifics.match(text, at: end) == nil
                && (end == segmentStart || Lexicon.chineseRightStops.match(text, at: end) == nil) { end += 1 }
            guard end > segmentStart else { return nil }
            if ScalarText.isNameSeparator(text[end]) {
                var after = end + 1
                while ScalarText.isSpace(text[after]) && after - end < 4 { after += 1 }
                if Lexicon.transliteration.contains(text[after]) { end = after; continue }
            }
            break
        }
        return start..<end
    }

    /// A Chinese name of two or three characters that ends at `end`, right after a title word ("代表张军", "司长耿文兵"),
    /// and is not itself a title.
    static func nativeName(_ text: ScalarText, before end: Int) -> Range<Int>? {
        guard Lexicon.chineseTitleEnds.matchEnding(text, before: end) == nil else { return nil }
        for length in 2...3 where end - length >= 2 {
            let start = end - length
            guard (start..<end).allSatisfy({ ScalarText.isIdeograph(text[$0]) }) else { return nil }
            if Lexicon.chineseTitleEnds.matchEnding(text, before: start) != nil
                && Lexicon.chineseHonorifics.match(text, at: start) == nil
                && Lexicon.chineseTitleEnds.match(text, at: start) == nil {
                return start..<end
            }
        }
        return nil
    }

    /// Latin capitalised words in a row: "Michael Kingsley-Nyinah", "Njoki Rahab Kinyanjui".
    private func latinName(_ text: ScalarText, at start: Int) -> (range: Range<Int>, words: Int)? {
        var end = start
        var words = 0
        var lastWordEnd = start
        while ScalarText.isUpperLatin(text[end]) {
            var cursor = end + 1
            var lower = false
            while ScalarText.isLatinLetter(text[cursor]) || text[cursor] == 0x2D || text[cursor] == 0x27 || text[cursor] == 0x2019 {
                if text[cursor] >= 0x61 { lower = true }
                cursor += 1
            }
            // All-capital words are acronyms, not names.
            guard lower, cursor - end >= 2 else { break }
            words += 1
            lastWordEnd = cursor
            var space = cursor
            while ScalarText.isSpace(text[space]) && space - cursor < 4 { space += 1 }
            guard space > cursor, ScalarText.isUpperLatin(text[space]), words < 4 else { break }
            end = space
        }
        guard words > 0 else { return nil }
        return (start..<lastWordEnd, words)
    }

    /// The honorific right after a name (white space allowed between), as (start, length).
    static func honorificAfter(_ text: ScalarText, _ end: Int) -> (start: Int, length: Int)? {
        var cursor = end
        while ScalarText.isSpace(text[cursor]) && cursor - end < 3 { cursor += 1 }
        guard let length = Lexicon.chineseHonorifics.match(text, at: cursor) else { return nil }
        return (cursor, length)
    }

    /// Whether the 、 at `comma` lists parts of one title ("维持和平行动部亚洲、中东和美洲司司长"), not two people or two
    /// titles: the list ends with 和 or 及 before `titleEnd`, and what comes before the 、 ends no title, honorific,
    /// parenthesis or number.
    static func enumeratesInsideTitle(_ text: ScalarText, comma: Int, titleEnd: Int) -> Bool {
        guard text[comma] == 0x3001, comma > 0, ScalarText.isIdeograph(text[comma - 1]),
              Lexicon.chineseTitleEnds.matchEnding(text, before: comma) == nil,
              Lexicon.chineseHonorifics.matchEnding(text, before: comma) == nil else { return false }
        var index = comma + 1
        while index < titleEnd {
            let scalar = text[index]
            if scalar == 0x548C || scalar == 0x53CA { return true }
            if scalar != 0x3001 && ParagraphView.isClauseDelimiter(scalar) { return false }
            index += 1
        }
        return false
    }

    /// Builds a mention for the name at `span`: honorific, parentheticals, title, evidence.
    /// `titleFloor`: where the title may start at the earliest (the end of the previous name).
    func mention(_ view: ParagraphView, _ span: Range<Int>, isFull: Bool, titleFloor: Int) -> Mention {
        let text = view.text
        let name = view.printed(span.lowerBound, span.upperBound)
        let mention = Mention(
            paragraph: view.index, utf8Offset: view.utf8Offset(span.lowerBound), name: name, key: Mention.key(of: name),
            isFull: isFull, title: nil, honorific: nil, affiliation: nil, evidence: .none)
        var cursor = span.upperBound
        if let honorific = ChineseScanner.honorificAfter(text, cursor) {
            mention.honorific = view.printed(honorific.start, honorific.start + honorific.length)
            cursor = honorific.start + honorific.length
        }
        var signed = false
        while true {
            while ScalarText.isSpace(text[cursor]) && cursor < text.count { cursor += 1 }
            guard let length = Lexicon.chineseParentheticals.match(text, at: cursor) else { break }
            if text.contains(ChineseScanner.signatureWord, from: cursor, to: cursor + length) { signed = true }
            if text.contains(ChineseScanner.chairWord, from: cursor, to: cursor + length) { mention.isChair = true }
            cursor += length
        }
        // "迪卡洛女士(政治和建设和平事务副秘书长)说": a title in parentheses after the name.
        var titleAfter: Range<Int>?
        if let close = ChineseScanner.closingParenthesis(text, at: cursor, within: 31), close > cursor + 2,
           Lexicon.chineseTitleEnds.matchEnding(text, before: close) != nil,
           !(cursor + 1..<close).contains(where: { ParagraphView.isClauseDelimiter(text[$0]) }) {
            titleAfter = cursor + 1..<close
            cursor = close + 1
        }
        // "奥马尔·阿卜迪先生(儿童基金会)强调": an organization in parentheses after the name.
        var organizationAfter: Range<Int>?
        if titleAfter == nil, let close = ChineseScanner.closingParenthesis(text, at: cursor, within: 20), close > cursor + 2,
           !(cursor + 1..<close).contains(where: { ParagraphView.isClauseDelimiter(text[$0]) }),
           view.states.allSatisfy({ $0.start < cursor || $0.start >= close }),
           resolver.affiliation(title: cursor + 1..<close, in: view) != nil {
            organizationAfter = cursor + 1..<close
            cursor = close + 1
        }
        // The title: from the clause start to the name, when it ends with a title word.
        var titleEnd = span.lowerBound
        while titleEnd > 0 && ScalarText.isSpace(text[titleEnd - 1]) { titleEnd -= 1 }
        // A surname with an honorific takes the title before it too ("维和行动部副秘书长拉克鲁瓦先生").
        // One character may stand between the title and the name, but not one that joins two people ("波比女士和萨拉曼卡女士").
        if isFull || mention.honorific != nil,
           Lexicon.chineseTitleEnds.matchEnding(text, before: titleEnd) != nil
            || (Lexicon.chineseTitleEnds.matchEnding(text, before: titleEnd - 1) != nil && !ChineseScanner.personJoiners.contains(text[titleEnd - 1])) {
            var titleStart = titleEnd
            // A title is a clause, and never longer than 60 characters (a run-on clause is not a title).
            while titleStart > max(titleFloor, titleEnd - 60)
                && (!ParagraphView.isClauseDelimiter(text[titleStart - 1])
                    || ChineseScanner.enumeratesInsideTitle(text, comma: titleStart - 1, titleEnd: titleEnd)) {
                titleStart -= 1
            }
            var cut = titleStart
            var probe = titleStart
            while probe < titleEnd {
                if let length = ChineseScanner.titleLeadCuts.match(text, at: probe) { cut = probe + length; probe += length } else { probe += 1 }
            }
            // Skip what is not the title: honorifics and parentheticals of the previous name, bullets, paragraph numbers.
            // An honorific is the previous name's only right after that name; elsewhere ("3. 秘书长…特别代表", "由秘书长…")
            // 秘书长 starts the title.
            var previousName = titleFloor > 0 ? titleFloor : -1
            while cut < titleEnd {
                if cut == previousName,
                   let length = Lexicon.chineseHonorifics.match(text, at: cut) ?? Lexicon.chineseParentheticals.match(text, at: cut) {
                    cut += length
                    previousName = cut
                } else if ScalarText.isSpace(text[cut]) || text[cut] == 0xF0B7 || text[cut] == 0x2022 || text[cut] == 0x2E
                    || (text[cut] >= 0x30 && text[cut] <= 0x39) || ParagraphView.isClauseDelimiter(text[cut]) {
                    if cut == previousName && ScalarText.isSpace(text[cut]) { previousName += 1 }
                    cut += 1
                } else if let length = ChineseScanner.titleLeadCuts.match(text, at: cut) ?? ChineseScanner.leadingConjunctions.match(text, at: cut) {
                    cut += length
                } else {
                    break
                }
            }
            // "我的马里问题特别代表": the Secretary-General's own.
            if ChineseScanner.myWord.match(text, at: cut) != nil, cut + 2 < titleEnd { cut += 2 }
            if cut < titleEnd {
                mention.title = view.printed(cut, titleEnd).trimmingSpaces.withoutFootnoteMarks
                mention.affiliation = resolver.affiliation(title: cut..<titleEnd, in: view)
            }
        }
        if let organizationAfter, mention.affiliation == nil {
            mention.affiliation = resolver.affiliation(title: organizationAfter, in: view)
        }
        if mention.title == nil, let titleAfter {
            mention.title = view.printed(titleAfter.lowerBound, titleAfter.upperBound)
            mention.affiliation = resolver.affiliation(title: titleAfter, in: view)
        }
        // "古特雷斯秘书长": the Secretary-General's own title after the name.
        if mention.affiliation == nil, let honorific = mention.honorific, honorific.hasSuffix("秘书长") || honorific.hasSuffix("秘書長") {
            mention.affiliation = .init(kind: "un", code: "UN", name: nil)
        }
        // "爱尔兰的弗格尔·米森大使": the State, then 的, right before the name.
        if mention.affiliation == nil, titleEnd >= 2, text[titleEnd - 1] == ChineseScanner.possessive,
           let state = view.states.first(where: { $0.end == titleEnd - 1 }) {
            mention.affiliation = view.affiliation(of: state)
        }
        if signed {
            mention.evidence = .signature
        } else if let length = ChineseScanner.statementSuffixes.match(text, at: cursor),
                  (cursor + length..<text.count).allSatisfy({ ScalarText.isSpace(text[$0]) }) {
            // A heading "…的发言" ends its paragraph; "感谢…先生的通报。" is a sentence.
            mention.evidence = .statement
        } else if ChineseScanner.isStatementHeadingTail(text, from: cursor) {
            // "中国常驻联合国副代表戴兵大使在安理会公开辩论会上的发言": the heading names the occasion before 的发言.
            mention.evidence = .statement
        } else if mention.honorific != nil, ChineseScanner.briefingThanked.match(text, at: cursor) != nil,
                  Lexicon.containsWord(ChineseScanner.thanks, in: text, view.sentence(around: span.lowerBound).lowerBound..<span.lowerBound) {
            // "感谢维和行动部副秘书长拉克鲁瓦先生的通报": the person thanked for a briefing gave it.
            mention.evidence = .speech
        } else if speaks(text, after: cursor), !isInstrument(text, before: span.lowerBound) {
            mention.evidence = .speech
        } else if isFull && (mention.title != nil || view.inBriefingList) && briefingCue(view, around: span.lowerBound) {
            mention.evidence = .introduced
        }
        if Lexicon.containsWord(ChineseScanner.chairCues, in: text, cursor..<min(text.count, cursor + 6)) { mention.isChair = true }
        // "当选为主席", "担任会议主席"; not "由克罗地亚的…大使担任建设和平委员会主席" (another body's chair, only mentioned).
        if let post = ChineseScanner.postCues.firstMatch(text, from: cursor, to: min(text.count, cursor + 6)) {
            let postStart = post.index + post.length
            let chair = (postStart..<min(text.count, postStart + 16)).first {
                text.hasLowered(ChineseScanner.chairWord, at: $0) || ParagraphView.isClauseDelimiter(text[$0])
            }
            if let chair, text.hasLowered(ChineseScanner.chairWord, at: chair), ChineseScanner.ownBodies.contains(view.printed(postStart, chair)) {
                mention.isChair = true
            }
        }
        // "会议由工作组主席、莫桑比克常驻联合国代表…大使主持": 、 joins titles inside the clause.
        if ChineseScanner.presides.match(text, at: cursor) != nil,
           let by = (max(0, span.lowerBound - 40)..<span.lowerBound).last(where: { text[$0] == ChineseScanner.byWord }),
           !(by..<span.lowerBound).contains(where: { text[$0] != 0x3001 && ParagraphView.isClauseDelimiter(text[$0]) }) {
            mention.isChair = true
        }
        return mention
    }

    /// What a Chinese signature block prints above the name, on lines of their own ("挪威常驻联合国代表" / "大使" /
    /// "莫娜·尤尔(签名)"): the title, an honorific, and the affiliation the title gives. `views` are the paragraphs
    /// before the signature's, nearest last.
    func signatureBlock(_ views: ArraySlice<ParagraphView>) -> (honorific: String?, title: String?, affiliation: SpeakersData.Affiliation?) {
        var honorific: String?
        var titles: [String] = []
        var affiliation: SpeakersData.Affiliation?
        for view in views.suffix(3).reversed() {
            let text = view.text
            var end = text.count
            while end > 0 && ScalarText.isSpace(text[end - 1]) { end -= 1 }
            var start = 0
            while start < end && ScalarText.isSpace(text[start]) { start += 1 }
            // Short lines of their own: not a sentence, nor the line of another signature.
            guard view.paragraph.kind == .body, end > start, end - start <= 40, text.ideographs > 0,
                  !(start..<end).contains(where: { text[$0] == 0x3002 || text[$0] == 0xFF1A }),
                  !text.contains(ChineseScanner.signatureWord, from: start, to: end) else { break }
            // "大使" on its line is an honorific; "主席" a title.
            if honorific == nil, Lexicon.chineseHonorifics.match(text, at: start) == end - start,
               !text.contains(ChineseScanner.chairWord, from: start, to: end) {
                honorific = view.printed(start, end)
            } else if Lexicon.chineseTitleEnds.matchEnding(text, before: end) != nil {
                // "爱尔兰常驻联合国代表大使" (two lines run together): the title, then the honorific.
                var titleEnd = end
                if honorific == nil, titles.isEmpty, let length = Lexicon.chineseHonorifics.matchEnding(text, before: end), end - length > start,
                   Lexicon.chineseTitleEnds.matchEnding(text, before: end - length) != nil, !text.contains(ChineseScanner.chairWord, from: end - length, to: end) {
                    honorific = view.printed(end - length, end)
                    titleEnd = end - length
                }
                titles.insert(view.printed(start, titleEnd).trimmingSpaces, at: 0)
                affiliation = resolver.affiliation(title: start..<titleEnd, in: view) ?? affiliation
            } else if !titles.isEmpty, ChineseScanner.bodyEnds.matchEnding(text, before: end) != nil {
                // "安全理事会维持和平行动工作组" / "主席": the body whose title follows.
                titles[0] = view.printed(start, end).trimmingSpaces + titles[0]
            } else {
                break
            }
        }
        return (honorific, titles.isEmpty ? nil : titles.joined(separator: " "), affiliation)
    }

    /// Whether the clause after a subject holds a speech verb for it ("在回应专家们的评论时说", "最后强调").
    func speaks(_ text: ScalarText, after start: Int, window: Int = 30, forbidden: WordSet? = nil) -> Bool {
        var cursor = start
        while ScalarText.isSpace(text[cursor]) && cursor < text.count { cursor += 1 }
        // "X的…" and "X“…”倡议" are possessives, "X关于…的报告" a work: the name is not a subject there.
        if ChineseScanner.notSubjectAfterName.match(text, at: cursor) != nil { return false }
        let limit = min(text.count, cursor + window)
        var index = cursor
        while index < limit {
            if ParagraphView.isClauseDelimiter(text[index]) && index > cursor { return false }
            if index > cursor && ChineseScanner.reportWords.match(text, at: index) != nil
                && ChineseScanner.objectMarkers.matchEnding(text, before: index) == nil { return false }
            if let forbidden, forbidden.match(text, at: index) != nil { return false }
            if Lexicon.chineseSpeechVerbs.match(text, at: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// Whether the person named at `start` acts for someone else in the clause, not as its subject: a resolution's
    /// request ("请秘书长通过其特别代表…先生继续支持过渡进程") or "通过其…" (through his or her …).
    private func isInstrument(_ text: ScalarText, before start: Int) -> Bool {
        var clauseStart = start
        while clauseStart > max(0, start - 60) && !ParagraphView.isClauseDelimiter(text[clauseStart - 1]) { clauseStart -= 1 }
        if Lexicon.containsWord(ChineseScanner.throughIts, in: text, clauseStart..<start) { return true }
        // A paragraph number ("1. ") or a space before the request.
        var first = clauseStart
        while first < start && (ScalarText.isSpace(text[first]) || text[first] == 0x2E || (text[first] >= 0x30 && text[first] <= 0x39)) { first += 1 }
        return ChineseScanner.requests.match(text, at: first) != nil
    }

    private func briefingCue(_ view: ParagraphView, around index: Int) -> Bool {
        if view.inBriefingList { return true }
        let sentence = view.sentence(around: index)
        if Lexicon.containsWord(Lexicon.chineseBriefingCues, in: view.text, sentence) { return true }
        // "以下通报人将向安理会作通报：A女士；B女士": a list after a colon that announces briefers, its items cut by ；.
        guard let colon = (0..<index).last(where: { view.text[$0] == 0xFF1A || view.text[$0] == 0x3A }) else { return false }
        return Lexicon.containsWord(Lexicon.chineseBriefingCues, in: view.text, view.sentence(around: colon).lowerBound..<colon)
    }

    /// A verbatim record's speaker line: "张军先生(中国)：", "拉克鲁瓦先生(以法语发言)：" at the start of a paragraph.
    private func speakerLine(_ view: ParagraphView) -> Mention? {
        let text = view.text
        var start = 0
        while ScalarText.isSpace(text[start]) && start < text.count { start += 1 }
        guard let colon = (start..<min(text.count, start + 50)).first(where: { text[$0] == 0xFF1A || text[$0] == 0x3A }) else { return nil }
        // Peel the parentheses off the end: "(中国)", "(以英语发言)".
        var end = colon
        var state: StateHit?
        while end > start, text[end - 1] == 0x29 || text[end - 1] == 0xFF09 {
            guard let open = (start..<end - 1).last(where: { text[$0] == 0x28 || text[$0] == 0xFF08 }) else { return nil }
            if state == nil { state = view.states.first { $0.start > open && $0.end < end } }
            end = open
        }
        guard let honorificLength = Lexicon.chineseHonorifics.matchEnding(text, before: end) else { return nil }
        let nameEnd = end - honorificLength
        var nameStart = nameEnd
        while nameStart > start, ScalarText.isIdeograph(text[nameStart - 1]) || ScalarText.isNameSeparator(text[nameStart - 1])
            || ScalarText.isLatinLetter(text[nameStart - 1]) || text[nameStart - 1] == 0x20 { nameStart -= 1 }
        guard nameStart == start, nameEnd - nameStart >= 2, nameEnd - nameStart <= 16,
              Lexicon.chineseTitleEnds.matchEnding(text, before: nameEnd) == nil || Lexicon.chineseHonorifics.matchEnding(text, before: nameEnd) != nil
        else { return nil }
        let name = view.printed(nameStart, nameEnd).trimmingSpaces
        guard !name.isEmpty, name != "主席" else { return nil }
        let mention = Mention(
            paragraph: view.index, utf8Offset: view.utf8Offset(nameStart), name: name, key: Mention.key(of: name), isFull: true,
            title: nil, honorific: view.printed(nameEnd, end), affiliation: nil, evidence: .speech)
        if let state { mention.affiliation = view.affiliation(of: state) }
        return mention
    }

    /// Names in a statement heading or signature line that are not transliterated ("中国常驻联合国副代表耿爽的发言").
    private func headingNames(_ view: ParagraphView, covered: [Int]) -> [Mention] {
        let text = view.text
        var end = text.count
        while end > 0 && ScalarText.isSpace(text[end - 1]) { end -= 1 }
        // A heading glued to the paragraph before it starts after that paragraph's last sentence.
        var regionStart = max(0, end - 80)
        for index in stride(from: end - 1, through: regionStart, by: -1) where index >= 0 && ParagraphView.isSentenceDelimiter(text[index]) {
            regionStart = index + 1
            break
        }
        guard end > 0 else { return [] }
        var nameEnd: Int?
        var evidence = Mention.Evidence.statement
        if let length = ChineseScanner.statementSuffixes.matchEnding(text, before: end) {
            nameEnd = end - length
        } else if let length = Lexicon.chineseParentheticals.matchEnding(text, before: end), text.contains(ChineseScanner.signatureWord, from: end - length, to: end) {
            nameEnd = end - length
            evidence = .signature
        }
        // "大韩民国外交部长朴振在安全理事会公开辩论会上的发言": the occasion stands between the name and 的发言.
        if evidence == .statement, let suffixStart = nameEnd,
           let at = (regionStart..<suffixStart).first(where: { text[$0] == ChineseScanner.atWord }), at - regionStart >= 4,
           !(at..<suffixStart).contains(where: { ParagraphView.isClauseDelimiter(text[$0]) }),
           ((at - 4)..<(at - 1)).contains(where: { Lexicon.chineseTitleEnds.matchEnding(text, before: $0) != nil })
            || text.hasLowered(ChineseScanner.delegationWord, at: at - 3) {
            nameEnd = at
        }
        guard let nameEnd, !covered.contains(where: { $0 >= regionStart && $0 < nameEnd }) else { return [] }
        // "…常驻联合国代表团的发言", "加拿大、法国……和美利坚合众国外交部长的联合声明", "阿塞拜疆共和国外交部的声明": a
        // delegation, an office or a ministry speaks without a name; every State of the list before it makes the statement.
        if evidence == .statement, text.hasLowered(ChineseScanner.delegationWord, at: nameEnd - 3)
            || Lexicon.chineseTitleEnds.matchEnding(text, before: nameEnd) != nil || ChineseScanner.speakingBodies.matchEnding(text, before: nameEnd) != nil {
            return headingStates(view, from: regionStart, before: nameEnd).map { state in
                Mention(paragraph: view.index, utf8Offset: view.utf8Offset(state.start), name: nil, key: [], isFull: true, title: nil,
                        honorific: nil, affiliation: view.affiliation(of: state), evidence: .statement)
            }
        }
        var nameStart = nameEnd
        while nameStart > regionStart && nameEnd - nameStart < 4 && ScalarText.isIdeograph(text[nameStart - 1])
            && Lexicon.chineseTitleEnds.matchEnding(text, before: nameStart) == nil { nameStart -= 1 }
        let hasTitle = Lexicon.chineseTitleEnds.matchEnding(text, before: nameStart) != nil
        guard nameEnd - nameStart >= 2, hasTitle || nameStart == regionStart || !ScalarText.isIdeograph(text[nameStart - 1]) else { return [] }
        let name = view.printed(nameStart, nameEnd)
        let mention = Mention(
            paragraph: view.index, utf8Offset: view.utf8Offset(nameStart), name: name, key: Mention.key(of: name), isFull: true,
            title: nil, honorific: nil, affiliation: nil, evidence: evidence)
        if hasTitle && nameStart > regionStart {
            mention.title = view.printed(regionStart, nameStart).trimmingSpaces
            mention.affiliation = resolver.affiliation(title: regionStart..<nameStart, in: view)
        }
        return [mention]
    }
}

extension String {
    /// The text without the footnote numbers a PDF conversion leaves between two ideographs ("外勤支助部2 的政策").
    var withoutFootnoteMarks: String {
        let scalars = Array(unicodeScalars)
        guard scalars.contains(where: { $0.value &- 0x30 < 10 }) else { return self }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var end = index
            while end < scalars.count, end - index < 3, scalars[end].value &- 0x30 < 10 { end += 1 }
            if end > index, end - index <= 2, index > 0, ScalarText.isIdeograph(scalars[index - 1].value) {
                var next = end
                while next < scalars.count, ScalarText.isSpace(scalars[next].value) { next += 1 }
                if next > end, next < scalars.count, ScalarText.isIdeograph(scalars[next].value) {
                    index = next
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// The string without leading and trailing white space.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarText.isSpace($0.value) }),
              let last = scalars.lastIndex(where: { !ScalarText.isSpace($0.value) }) else { return "" }
        return String(scalars[first...last])
    }
}
