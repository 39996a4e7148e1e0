import Foundation
import Testing
@testable import SpeakersPlugin

/// How later mentions of a speaker join the first one: a surname said bare, a State speaking through the person
/// the document names as its representative.
@Suite("Speakers: later mentions join the speaker named first")
struct SpeakersLinkingTests {
    let patterns = SpeakersPatternTests()

    @Test("a transliterated surname said without title or honorific is the titled speaker named before")
    func bareChineseSurnameLinks() throws {
        let text = """
        5. 维持和平行动部军事厅军事顾问比尔贾·梅农中将在通报中介绍了部队组建的进展。

        6. 梅农说，特派团需要更多的直升机和医疗后送能力。梅农还强调，部署前培训至关重要。
        """
        let found = try patterns.speakers(text)
        #expect(found.map(\.name) == ["比尔贾·梅农"])
        #expect(found.first?.affiliation?.code == "UN")
        #expect(found.first?.lines == [1, 3])
    }

    @Test("a bare surname nobody was named with in full, or one only thanked, is not a speaker")
    func bareChineseSurnameNeedsAFullName() throws {
        #expect(try patterns.summary("7. 哈米德说，局势依然紧张。").isEmpty)
        let thanked = """
        5. 维持和平行动部军事厅军事顾问比尔贾·梅农中将在通报中介绍了部队组建的进展。

        6. 主席感谢梅农的通报。
        """
        #expect(try patterns.speakers(thanked).first?.lines == [1])
    }

    @Test("English: a surname said without honorific is the briefer named before in full")
    func bareEnglishSurnameLinks() throws {
        let text = """
        3. The Council heard a briefing by Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations.

        4. Lacroix said that the safety and security of peacekeepers remained the first priority.
        """
        let found = try patterns.speakers(text)
        #expect(found.map(\.name) == ["Jean-Pierre Lacroix"])
        #expect(found.first?.affiliation?.code == "UN")
        #expect(found.first?.lines == [1, 3])
    }

    @Test("a State's representative speaking later without a name is the person named as its representative")
    func stateJoinsItsNamedRepresentative() throws {
        let text = """
        3. 埃塞俄比亚常驻联合国代表塔耶·阿茨凯-塞拉西大使说，该国部队履行了保护平民的任务。

        4. 埃塞俄比亚代表还强调，必须加强与东道国的合作。
        """
        #expect(try patterns.summary(text) == ["塔耶·阿茨凯-塞拉西|ETH|representative"])
        #expect(try patterns.speakers(text).first?.lines == [1, 3])
    }

    @Test("English: the representative of a State named before is that State's later nameless representative")
    func englishStateJoinsItsNamedRepresentative() throws {
        let text = """
        3. Taye Atske Selassie, Permanent Representative of Ethiopia, said that his country's troops had fulfilled their mandate.

        4. The representative of Ethiopia also stressed the need for closer cooperation with the host State.
        """
        #expect(try patterns.summary(text) == ["Taye Atske Selassie|ETH|representative"])
        #expect(try patterns.speakers(text).first?.lines == [1, 3])
    }

    @Test("a chair's State still speaks through a delegate of its own")
    func chairStaysApartFromItsState() throws {
        let text = """
        2. 突尼斯大使兼常驻联合国代表塔里克·拉德卜当选为工作组主席。拉德卜先生说，工作组将继续促进三角合作。

        5. 突尼斯代表呼吁支持非洲联盟的维和行动。
        """
        let found = try patterns.speakers(text)
        #expect(found.map(\.name) == ["塔里克·拉德卜", nil])
        #expect(found.last?.affiliation?.code == "TUN")
    }
}
