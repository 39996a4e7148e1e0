import Foundation
import Gazetteer

/// The repository's config/ folder, found from this file's path.
let configDirectory: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("config").path

/// The shipped gazetteer, loaded once for all tests.
let shipped: StateGazetteer = {
    do {
        return try StateGazetteer.load(fromDataDirectory: configDirectory)
    } catch {
        fatalError("cannot load \(configDirectory)/states.toml: \(error)")
    }
}()

/// The codes found in `text`, in order.
func codes(in text: String, options: StateGazetteer.MatchOptions = .default) -> [String] {
    shipped.matches(in: text, options: options).map(\.code)
}
