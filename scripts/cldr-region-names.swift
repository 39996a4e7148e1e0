// Prints the CLDR region names that Foundation carries, as JSON: {"CI": {"en": …, "zh_Hans": …, "zh_Hant": …}, …}.
// Used by scripts/gen-states.py as one of the starting points for config/states.toml (UN names win over these).
// Usage: swiftc -O scripts/cldr-region-names.swift -o /tmp/cldr-region-names && /tmp/cldr-region-names CI CD …
import Foundation

let locales = ["en", "zh_Hans", "zh_Hant"].map { ($0, Locale(identifier: $0)) }
var result: [String: [String: String]] = [:]
for code in CommandLine.arguments.dropFirst() {
    var names: [String: String] = [:]
    for (identifier, locale) in locales {
        if let name = locale.localizedString(forRegionCode: code), name != code { names[identifier] = name }
    }
    result[code] = names
}
let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
FileHandle.standardOutput.write(data)
