extension ChineseScanner {
    private static let representative = WordSet(["代表团", "代表"])
    private static let possessive = WordSet(["的"])
    private static let notASubject = WordSet(["时", "的", "给", "兼", "和", "与", "及"])
    private static let joiners = WordSet(["、", "和", "及", "与", "以及", "，以及"])
    private static let listVerbs = WordSet([
        "强调", "呼吁", "指出", "表示", "认为", "重申", "建议", "欢迎", "支持", "赞扬", "谴责", "敦促", "注意到", "主张", "提议",
        "重点强调", "重点指出", "着重指出", "一致认为", "说", "回顾", "感谢", "赞赏", "关切", "警告", "申明", "发言",
    ])
    private static let including = WordSet(["包括", "其中包括", "特别是", "例如", "诸如", "其中有"])
    private static let etcetera = WordSet(["等国", "等国家", "等会员国", "等", "等国的", "等国家的"])
    private static let adverbs = WordSet(["还", "也", "均", "都", "一致", "重点", "特别", "着重", "进一步", "则", "同样", "再次", "共同", "坚决"])
    /// What ends the clause that introduces a list of speaking States after a colon ("以下会员国代表发了言：挪威、…").
    private static let listIntroductionEnds = WordSet(["发了言", "发言", "作了发言", "作了发言的有", "发言的有", "发言者有", "也发了言"])
    /// In a State's clause, these mean the representative does not speak there ("代表所作发言的副本"), or speaks as chair.
    private static let notSpeakingHere = WordSet(["主席", "所作", "所做", "副本"])

    /// States whose representatives are reported speaking, each with the position of its name.
    func speakingStates(in view: ParagraphView) -> [Mention] {
        let text = view.text
        var result: [Mention] = []
        var consumed = 0
        for position in view.states.indices where position >= consumed {
            // The list of States joined to this one: "澳大利亚、中国、法国……和美利坚合众国".
            var last = position
            // "大不列颠及北爱尔兰联合王国代表和法国代表欢迎": each State with its own "代表" is one list too.
            while last + 1 < view.states.count {
                // "阿尔及利亚(代表非洲国家集团)和日本代表": a parenthesis after a State.
                var gap = ChineseScanner.skippingParenthesis(text, at: view.states[last].end)
                if let length = ChineseScanner.representative.match(text, at: gap) {
                    gap += length
                } else if let length = ChineseScanner.possessive.match(text, at: gap), let word = ChineseScanner.representative.match(text, at: gap + length) {
                    gap += length + word
                }
                guard let joiner = ChineseScanner.joiners.match(text, at: gap), gap + joiner == view.states[last + 1].start else { break }
                last += 1
            }
            let list = Array(view.states[position...last])
            // "加纳、加蓬和莫桑比克(非洲三国)强调".
            var cursor = ChineseScanner.skippingParenthesis(text, at: list[list.count - 1].end)
            // "中国、法国等国代表强调": the list stands for more States than it names.
            if let length = ChineseScanner.etcetera.match(text, at: cursor), ChineseScanner.representative.match(text, at: cursor + length) != nil {
                cursor += length
            }
            var speaks = false
            if let length = ChineseScanner.possessive.match(text, at: cursor), ChineseScanner.representative.match(text, at: cursor + length) != nil {
                cursor += length
            }
            if let length = ChineseScanner.representative.match(text, at: cursor),
               ChineseScanner.personTitleBeforeRepresentative.matchEnding(text, before: cursor) == nil {
                let after = cursor + length
                // "…代表时" (answering them), "代表兼工作组主席" (the chair, already a person).
                if ChineseScanner.notASubject.match(text, at: after) == nil || ChineseScanner.statementSuffixesMatch(text, after) {
                    speaks = ChineseScanner.statementSuffixesMatch(text, after)
                        || self.speaks(text, after: after, window: 25, forbidden: ChineseScanner.notSpeakingHere)
                }
            } else if introducedAfterColon(text, before: list[0].start) {
                speaks = true
            } else if ChineseScanner.including.matchEnding(text, before: list[0].start) != nil, text[cursor] == 0xFF0C || text[cursor] == 0x2C {
                // "若干成员，包括阿尔巴尼亚、巴西和马耳他，提出了问题": States named as some of the members who spoke.
                speaks = self.speaks(text, after: cursor + 1, window: 12)
            } else if list.count >= 2 {
                var verb = cursor
                while let length = ChineseScanner.adverbs.match(text, at: verb) { verb += length }
                speaks = ChineseScanner.listVerbs.match(text, at: verb) != nil
            }
            consumed = last + 1
            // "联合王国代表也代表法国和美国发言": the States spoken for, after 代表 as a verb, do not speak.
            if let length = ChineseScanner.representative.matchEnding(text, before: list[0].start), length == 2,
               list[0].start - length > 0, !ParagraphView.isClauseDelimiter(text[list[0].start - length - 1]) {
                continue
            }
            guard speaks else { continue }
            for member in list {
                result.append(Mention(
                    paragraph: view.index, utf8Offset: view.utf8Offset(member.start), name: nil, key: [], isFull: true, title: nil,
                    honorific: nil, affiliation: view.affiliation(of: member), evidence: .speech))
            }
        }
        return result
    }

    /// The position after a parenthesis of at most 20 characters that opens at `index` ("(非洲三国)"), or `index`.
    static func skippingParenthesis(_ text: ScalarText, at index: Int) -> Int {
        closingParenthesis(text, at: index, within: 20).map { $0 + 1 } ?? index
    }

    /// The position of the ")" or "）" that closes a parenthesis opening at `index`, at most `within` characters on.
    static func closingParenthesis(_ text: ScalarText, at index: Int, within: Int) -> Int? {
        guard text[index] == 0x28 || text[index] == 0xFF08 else { return nil }
        return (index + 1..<min(text.count, index + within + 1)).first { text[$0] == 0x29 || text[$0] == 0xFF09 }
    }

    /// Whether the States from `start` on are listed after a colon that closes "…代表发了言".
    private func introducedAfterColon(_ text: ScalarText, before start: Int) -> Bool {
        var colon = start
        while colon > 0 && ScalarText.isSpace(text[colon - 1]) { colon -= 1 }
        guard colon > 0, text[colon - 1] == 0xFF1A || text[colon - 1] == 0x3A,
              let length = ChineseScanner.listIntroductionEnds.matchEnding(text, before: colon - 1) else { return false }
        // The representatives are the subject ("以下会员国代表也发了言"); in "我代表下列国家发言" one delegate speaks for them.
        var subjectEnd = colon - 1 - length
        while let adverb = ChineseScanner.adverbs.matchEnding(text, before: subjectEnd) { subjectEnd -= adverb }
        return ChineseScanner.listSubjects.matchEnding(text, before: subjectEnd) != nil
    }

    /// Who speaks in a clause that introduces a list of States: "以下会员国代表", "安理会成员", "下列代表团".
    private static let listSubjects = WordSet(["代表", "代表团", "成员", "理事国"])

    /// The States that own a nameless statement heading ending at `end` ("…常驻联合国代表团", "加拿大、法国和日本外交部长"):
    /// the last State named in `start..<end` with the States listed before it, when only an office's name (no clause
    /// mark, at most 16 characters) lies between it and `end`.
    func headingStates(_ view: ParagraphView, from start: Int, before end: Int) -> ArraySlice<StateHit> {
        guard var first = view.states.lastIndex(where: { $0.start >= start && $0.end <= end }) else { return [] }
        let last = first
        let office = view.states[last].end..<end
        guard office.count <= 16, !office.contains(where: { ParagraphView.isClauseDelimiter(view.text[$0]) }) else { return [] }
        while first > 0, view.states[first - 1].start >= start,
              let joiner = ChineseScanner.joiners.matchEnding(view.text, before: view.states[first].start),
              view.states[first].start - joiner == view.states[first - 1].end {
            first -= 1
        }
        return view.states[first...last]
    }

    private static let statementAfterRepresentative = WordSet(["的发言", "的讲话", "所作的发言"])

    static func statementSuffixesMatch(_ text: ScalarText, _ index: Int) -> Bool {
        statementAfterRepresentative.match(text, at: index) != nil
    }
}
