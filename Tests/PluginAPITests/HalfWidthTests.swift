import PluginAPI
import Testing

@Suite("Full-width forms read as ASCII")
struct HalfWidthTests {
    @Test("digits and Latin letters always; punctuation and the ideographic space only when asked")
    func foldsWhatIsAsked() {
        #expect(HalfWidth.fold("２０１９年３月８日，Ｓ／２０１９／２１５（ａ）") == "2019年3月8日，S／2019／215（a）")
        #expect(HalfWidth.fold("Ｓ／２０１９／２１５　１９－０３９１２（Ｃ）", punctuation: true) == "S/2019/215 19-03912(C)")
    }

    @Test("a text without full-width forms is given back as it is, and the byte form says so with nil")
    func leavesOtherTextAlone() {
        #expect(HalfWidth.fold(Array("2019年3月8日，联合国（见附件）".utf8), punctuation: false) == nil)
        #expect(HalfWidth.fold(Array("S/2019/215 — 安全理事会".utf8), punctuation: true) == nil)
        #expect(HalfWidth.fold("安全理事会。", punctuation: true) == "安全理事会。")
        // A form cut short at the end of the text is kept as it is.
        #expect(HalfWidth.fold([0x41, 0xEF, 0xBC], punctuation: true) == nil)
    }
}
