import Gazetteer
import Testing

@Suite("The shipped states.toml")
struct ShippedDataTests {
    @Test("holds the 193 Member States and the two observer States, with unique ISO 3166-1 alpha-3 codes")
    func membersAndObservers() {
        let members = shipped.entries.filter { $0.kind == .member }
        let observers = shipped.entries.filter { $0.kind == .observer }
        #expect(members.count == 193)
        #expect(Set(observers.map(\.code)) == ["VAT", "PSE"])
        let codes = shipped.entries.map(\.code)
        #expect(Set(codes).count == codes.count)
        for entry in shipped.entries where entry.kind != .region {
            #expect(entry.code.utf8.count == 3 && entry.code.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }, "\(entry.code)")
        }
        #expect(shipped.states.count == 195)
    }

    @Test("every entry has an English and a Chinese name, and every region a REG- code")
    func namesPresent() {
        for entry in shipped.entries {
            #expect(!entry.english.isEmpty && !entry.chinese.isEmpty, "\(entry.code)")
            #expect((entry.kind == .region) == entry.code.hasPrefix("REG-"), "\(entry.code)")
        }
    }

    @Test("UN names, formal names and common variants resolve to their code", arguments: [
        ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"), ("Ivory Coast", "CIV"),
        ("科特迪瓦", "CIV"), ("科特迪瓦共和国", "CIV"),
        ("Bolivia (Plurinational State of)", "BOL"), ("Bolivia", "BOL"), ("多民族玻利维亚国", "BOL"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"), ("United Kingdom", "GBR"), ("UK", "GBR"),
        ("Britain", "GBR"), ("大不列颠及北爱尔兰联合王国", "GBR"), ("联合王国", "GBR"), ("英国", "GBR"),
        ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"), ("土耳其", "TUR"), ("土耳其共和国", "TUR"),
        ("Democratic Republic of the Congo", "COD"), ("刚果民主共和国", "COD"), ("刚果（金）", "COD"),
        ("Congo", "COG"), ("刚果", "COG"), ("Russian Federation", "RUS"), ("Russia", "RUS"),
        ("俄罗斯联邦", "RUS"), ("俄罗斯", "RUS"), ("United States", "USA"), ("US", "USA"), ("USA", "USA"),
        ("美利坚合众国", "USA"), ("美国", "USA"), ("the Netherlands", "NLD"), ("Netherlands (Kingdom of the)", "NLD"),
        ("荷兰王国", "NLD"), ("荷兰", "NLD"), ("南非", "ZAF"), ("朝鲜民主主义人民共和国", "PRK"), ("大韩民国", "KOR"),
        ("老挝人民民主共和国", "LAO"), ("伊朗伊斯兰共和国", "IRN"), ("阿拉伯叙利亚共和国", "SYR"),
        ("委内瑞拉玻利瓦尔共和国", "VEN"), ("坦桑尼亚联合共和国", "TZA"), ("摩尔多瓦共和国", "MDA"), ("北马其顿", "MKD"),
        ("佛得角", "CPV"), ("斯威士兰", "SWZ"), ("埃斯瓦蒂尼", "SWZ"), ("捷克", "CZE"), ("捷克共和国", "CZE"),
        ("Czechia", "CZE"), ("Viet Nam", "VNM"), ("Holy See", "VAT"), ("教廷", "VAT"), ("State of Palestine", "PSE"),
        ("巴勒斯坦国", "PSE"), ("Kosovo", "XKX"), ("Taiwan Province of China", "TWN"), ("中国台湾省", "TWN"),
        ("Sahel", "REG-SAHEL"), ("萨赫勒", "REG-SAHEL"),
    ])
    func unNamesResolve(name: String, code: String) {
        #expect(shipped.code(forName: name) == code)
    }

    @Test("Traditional Chinese forms resolve", arguments: [
        ("大不列顛及北愛爾蘭聯合王國", "GBR"), ("俄羅斯聯邦", "RUS"), ("美利堅合眾國", "USA"), ("美利堅合衆國", "USA"),
        ("剛果民主共和國", "COD"), ("聯合王國", "GBR"), ("英國", "GBR"), ("荷蘭王國", "NLD"), ("馬里", "MLI"),
    ])
    func traditionalFormsResolve(name: String, code: String) {
        #expect(shipped.code(forName: name) == code)
    }

    @Test("a copy converted to Traditional with Taiwan's vocabulary names its States", arguments: [
        ("肯亞", "KEN"), ("肯亚", "KEN"), ("紐西蘭", "NZL"), ("衣索比亞", "ETH"), ("義大利", "ITA"), ("奈及利亞", "NGA"),
        ("沙烏地阿拉伯", "SAU"), ("象牙海岸", "CIV"), ("獅子山", "SLE"), ("坦尚尼亞聯合共和國", "TZA"), ("葉門", "YEM"),
    ])
    func taiwanVocabularyResolves(name: String, code: String) {
        #expect(shipped.code(forName: name) == code)
    }

    @Test("Taiwan's names that are also parts of other words are left out: 理查德 (Richard) names no State")
    func taiwanNamesInsideWordsAreLeftOut() {
        #expect(shipped.matches(in: "理查德·戈德斯通先生").isEmpty)
        #expect(shipped.code(forName: "約旦雜湊姆王國") == nil)
    }

    @Test("lookups ignore case, runs of white space and a leading \"the\", but not unknown names")
    func lookupNormalization() {
        #expect(shipped.code(forName: "  the   united kingdom ") == "GBR")
        #expect(shipped.code(forName: "COTE D'IVOIRE") == "CIV")
        #expect(shipped.code(forName: "Atlantis") == nil)
        #expect(shipped.code(forName: "Côte d'Ivoire,") == "CIV")
        #expect(shipped.code(forName: "U.S.") == "USA")
        #expect(shipped.code(forName: "科特迪瓦，") == "CIV")
        #expect(shipped.state(forCode: "civ")?.english == "Côte d'Ivoire")
        #expect(shipped.state(forCode: "XXX") == nil)
    }
}

@Suite("Consistency of the shipped names")
struct ShippedConsistencyTests {
    @Test("every name of every entry, alone, is found as that entry: no mask, region or other name hides it")
    func everyNameFindsItsEntry() {
        for entry in shipped.entries {
            for name in entry.names {
                let found = shipped.matches(in: name, options: .all)
                #expect(found.map(\.code) == [entry.code], "\(name) → \(found.map(\.code))")
                #expect(found.first?.utf8Range == 0..<name.utf8.count, "\(name)")
            }
        }
    }

    @Test("every name resolves to its own entry by lookup")
    func everyNameLooksUpItsEntry() {
        for entry in shipped.entries {
            for name in entry.names {
                #expect(shipped.code(forName: name) == entry.code, "\(name)")
            }
        }
    }
}
