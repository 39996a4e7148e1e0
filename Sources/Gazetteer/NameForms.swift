/// The spellings under which a name is searched for and looked up: what a reader would accept as the same
/// name (accents dropped, typographic apostrophes, "St." for "Saint", either kind of parenthesis).
enum NameForms {
    /// Whether the name is written in Latin script (so matches need word boundaries and case matters).
    static func isLatin(_ name: String) -> Bool {
        name.unicodeScalars.first.map(isLatinWordScalar) ?? false
    }

    /// Whether a scalar is part of a Latin word: an ASCII letter or digit, or a Latin letter with a
    /// diacritic (U+00C0–U+024F).
    static func isLatinWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0xC0...0x24F: scalar.value != 0xD7 && scalar.value != 0xF7
        default: false
        }
    }

    /// Every form of `name` to search for in text, the name itself first, without duplicates.
    static func searchForms(of name: String) -> [String] {
        var forms = [name]
        if isLatin(name) {
            if name.hasPrefix("Saint ") {
                let rest = name.dropFirst("Saint ".count)
                forms += ["St. " + rest, "St " + rest]
            }
            forms += forms.map(foldingDiacritics)
            forms += forms.map { replacing($0, "'", with: "\u{2019}") }
            forms += forms.map { $0.uppercased() }
        } else {
            forms.append(replacing(replacing(name, "(", with: "（"), ")", with: "）"))
            forms.append(replacing(replacing(name, "（", with: "("), "）", with: ")"))
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    /// The key under which a name is looked up: case, accents, apostrophe and parenthesis styles, runs of
    /// white space and a leading "the" do not matter; white space next to a Chinese character is dropped.
    static func lookupKey(_ name: some StringProtocol) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in foldingDiacritics(String(name)).unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x02BC, 0x0060, 0x00B4: scalars.append("'")
            case 0xFF08: scalars.append("(")
            case 0xFF09: scalars.append(")")
            case 0x41...0x5A: scalars.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            case 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x3000:
                if let last = scalars.last, last != " ", last.value < 0x2E80 { scalars.append(" ") }
            default:
                if scalar.value >= 0x2E80, scalars.last == " " { scalars.removeLast() }
                scalars.append(scalar)
            }
        }
        while scalars.last == " " { scalars.removeLast() }
        var key = String(String.UnicodeScalarView(scalars))
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }

    /// `text` with Latin letters stripped of their diacritics ("Côte" → "Cote", "Türkiye" → "Turkiye").
    static func foldingDiacritics(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(diacriticFolds[scalar] ?? scalar)
        }
        return String(result)
    }

    private static func replacing(_ text: String, _ target: Unicode.Scalar, with replacement: Unicode.Scalar) -> String {
        guard text.unicodeScalars.contains(target) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == target ? replacement : $0 }))
    }

    /// Latin letters with diacritics found in country names, mapped to their base letters.
    private static let diacriticFolds: [Unicode.Scalar: Unicode.Scalar] = {
        let accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŞşŢţȘșȚțĞğİıŁłŘřČčŠšŽžĚěŐőŰűĆćŃńŚśŹźŻż"
        let base = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsTtSsTtGgIiLlRrCcSsZzEeOoUuCcNnSsZzZz"
        return Dictionary(uniqueKeysWithValues: zip(accented.unicodeScalars, base.unicodeScalars))
    }()
}
