import Foundation

/// The promises every extractor's data makes in a result: it encodes to JSON, and every `line` / `lines`
/// number in it is a 1-based line of the document's source text (RESULT.md).
enum ResultInvariants {
    /// What is wrong with a plugin's encoded `data`, given the document's line count.
    static func violations(inJSON json: [UInt8], lineCount: Int) -> [String] {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed])
        } catch {
            return ["data is not valid JSON: \(error)"]
        }
        var problems: [String] = []
        check(value, path: "data", lineCount: lineCount, problems: &problems)
        return problems
    }

    private static func check(_ value: Any, path: String, lineCount: Int, problems: inout [String]) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                let childPath = "\(path).\(key)"
                switch key {
                case "line": checkLine(child, path: childPath, lineCount: lineCount, problems: &problems)
                case "lines":
                    if let numbers = child as? [Any] {
                        for (index, number) in numbers.enumerated() {
                            checkLine(number, path: "\(childPath)[\(index)]", lineCount: lineCount, problems: &problems)
                        }
                    }
                default: check(child, path: childPath, lineCount: lineCount, problems: &problems)
                }
            }
        } else if let array = value as? [Any] {
            for (index, child) in array.enumerated() {
                check(child, path: "\(path)[\(index)]", lineCount: lineCount, problems: &problems)
            }
        }
    }

    private static func checkLine(_ value: Any, path: String, lineCount: Int, problems: inout [String]) {
        guard let number = value as? Int else {
            if !(value is NSNull) { problems.append("\(path) is not an integer: \(value)") }
            return
        }
        if number < 1 || number > lineCount { problems.append("\(path) = \(number) is outside 1...\(lineCount)") }
    }
}
