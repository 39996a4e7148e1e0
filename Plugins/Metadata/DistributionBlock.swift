import CitationsPlugin
import Foundation

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
    private static let originalMarkers = ["Original:", "Original :", "原件：", "原件:", "原文：", "原文:"]
    private static let distributionMarkers = ["Distr.", "分发：", "分发:"]

    init(lines: [String]) {
        var sawDistribution = false
        var checked = 0
        for line in lines {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            checked += 1
            if checked > 40 { break }
            if let marker = Self.originalMarkers.first(where: text.hasPrefix), originalLanguage == nil {
                let rest = text.dropFirst(marker.count).trimmingCharacters(in: .whitespaces).lowercased()
                originalLanguage = Self.languages.first { rest.hasPrefix($0.0) }?.1
                continue
            }
            if let marker = Self.distributionMarkers.first(where: text.contains) {
                sawDistribution = true
                let rest = String(text[(text.range(of: marker)?.upperBound ?? text.endIndex)...])
                if issuedDate == nil, let date = DateParser.first(in: Array(rest.utf8)) { issuedDate = date.iso }
                continue
            }
            if sawDistribution, issuedDate == nil {
                // The date closes its line ("8 May 2020", or "Security Council        8 May 2020").
                let bytes = Array(text.utf8)
                if let date = DateParser.first(in: bytes), date.end >= bytes.count - 1 { issuedDate = date.iso }
            }
        }
    }
}
