import Foundation
import PluginAPI

/// The distribution block printed under the symbol: `Distr.: General` / `21 December 2021` / `Original: English`
/// (`分发：一般` / `2021年12月21日` / `原件：英文`), read from the first source lines.
struct DistributionBlock: Equatable {
    var issuedDate: String?
    var originalLanguage: String?

    private static let languages: [(String, String)] = [
        ("english", "en"), ("anglais", "en"), ("inglés", "en"), ("英文", "en"), ("英语", "en"),
        ("french", "fr"), ("français", "fr"), ("francés", "fr"), ("法文", "fr"), ("法语", "fr"),
        ("spanish", "es"), ("espagnol", "es"), ("español", "es"), ("西班牙文", "es"), ("西班牙语", "es"),
        ("russian", "ru"), ("russe", "ru"), ("ruso", "ru"), ("俄文", "ru"), ("俄语", "ru"),
        ("arabic", "ar"), ("arabe", "ar"), ("árabe", "ar"), ("阿拉伯文", "ar"), ("阿拉伯语", "ar"),
        ("chinese", "zh"), ("chinois", "zh"), ("chino", "zh"), ("中文", "zh"),
    ]
    private static let originalMarkers = ["Original:", "Original :", "原件：", "原件:", "原文：", "原文:"].map { Array($0.utf8) }
    private static let distributionMarkers = ["Distr.", "分发：", "分发:", "分發：", "分發:"].map { Array($0.utf8) }

    init(lines: ArraySlice<String>) {
        var sawDistribution = false
        var linesAfterDistribution = 0
        var checked = 0
        for line in lines {
            // The block's lines are short; body lines are skipped without being copied.
            if line.utf8.count > 160 { checked += 1; continue }
            let text = UTF8Scan.trimmed(HalfWidth.fold(line))
            if text.isEmpty { continue }
            checked += 1
            if checked > 30 { break }
            let bytes = Array(text.utf8)
            if originalLanguage == nil, let marker = Self.originalMarkers.first(where: { UTF8Scan.has($0, in: bytes, at: 0) }) {
                let rest = UTF8Scan.trimmed(UTF8Scan.string(bytes, marker.count, bytes.count)).lowercased()
                originalLanguage = Self.languages.first { rest.hasPrefix($0.0) }?.1
                continue
            }
            if let (marker, at) = Self.distributionMarkers.lazy.compactMap({ marker in UTF8Scan.offset(of: marker, in: text).map { (marker, $0) } }).first {
                sawDistribution = true
                if issuedDate == nil, let date = DateParser.first(in: bytes, from: at + marker.count) { issuedDate = date.iso }
                continue
            }
            if sawDistribution, issuedDate == nil, linesAfterDistribution < 4 {
                linesAfterDistribution += 1
                // The date closes its line ("8 May 2020", or "Security Council        8 May 2020").
                if let date = DateParser.first(in: bytes), date.end >= bytes.count - 1 { issuedDate = date.iso }
            }
        }
    }
}
