import Foundation
import PluginAPI

/// The topics plugin's settings (`[plugins.topics]` in the config file); every field has a default.
public struct TopicsSettings: Sendable, Equatable {
    /// Lowest score (0–1) of a reported topic (`threshold`, default 0.55).
    public var threshold: Double
    /// Fewest term occurrences of a reported topic, so one passing mention never counts (`min_mentions`, default 3).
    public var minMentions: Int
    /// Weighted occurrences at which a topic of a reference-length document scores 1 − 1/e ≈ 0.63 (`scale`, default 6).
    public var scale: Double
    /// Document length (UTF-8 bytes) at which `scale` applies unchanged; longer documents need more occurrences,
    /// growing with the square root of the length (`reference_bytes`, default 20000).
    public var referenceBytes: Double
    /// Weight of an occurrence in a title or heading (`heading_weight`, default 3).
    public var headingWeight: Double
    /// Most evidence terms listed per topic (`max_evidence`, default 5).
    public var maxEvidence: Int
    /// Taxonomy file in the data directory (`taxonomy_file`, default `topics.toml`).
    public var taxonomyFile: String
    /// Missions gazetteer in the data directory (`missions_file`, default `missions.toml`).
    public var missionsFile: String

    /// Creates settings; every parameter has a default.
    public init(
        threshold: Double = 0.55, minMentions: Int = 3, scale: Double = 6, referenceBytes: Double = 20000,
        headingWeight: Double = 3, maxEvidence: Int = 5, taxonomyFile: String = "topics.toml",
        missionsFile: String = "missions.toml"
    ) {
        self.threshold = threshold
        self.minMentions = minMentions
        self.scale = scale
        self.referenceBytes = referenceBytes
        self.headingWeight = headingWeight
        self.maxEvidence = maxEvidence
        self.taxonomyFile = taxonomyFile
        self.missionsFile = missionsFile
    }

    /// Reads the settings from the plugin's environment; absent keys keep their defaults.
    /// - Throws: ``TopicsConfigurationError`` for a value that is not a number in range.
    public init(environment: PluginEnvironment) throws {
        self.init()
        let settings = environment.settings
        func number(_ key: String, _ range: ClosedRange<Double>) throws -> Double? {
            guard let text = settings[key] else { return nil }
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
                throw TopicsConfigurationError(file: "[plugins.topics]", problem: "\(key) = \(text) is not a number in \(range)")
            }
            return value
        }
        threshold = try number("threshold", 0...1) ?? threshold
        minMentions = Int(try number("min_mentions", 1...1000) ?? Double(minMentions))
        scale = try number("scale", 0.01...10000) ?? scale
        referenceBytes = try number("reference_bytes", 1...1e9) ?? referenceBytes
        headingWeight = try number("heading_weight", 0...100) ?? headingWeight
        maxEvidence = Int(try number("max_evidence", 1...1000) ?? Double(maxEvidence))
        taxonomyFile = settings["taxonomy_file"] ?? taxonomyFile
        missionsFile = settings["missions_file"] ?? missionsFile
    }
}
