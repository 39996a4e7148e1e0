import Synchronization

/// Results that several extractors derive from the same document — a scan with a shared gazetteer, say — computed
/// by the first extractor that asks and handed to the others.
///
/// Every ``Document`` carries one (``Document/analyses``), created with it and shared by its copies, so a result
/// lives exactly as long as the document. It is safe to use from concurrent extractors: while one computes a
/// result, another that asks for the same key waits for it rather than computing it again.
///
/// ```swift
/// struct WordCount: Hashable, Sendable {}   // the key: a type, or a value naming the inputs (e.g. a data version)
/// let words = document.analyses.value(for: WordCount()) { document.text.split(separator: " ").count }
/// ```
public final class DocumentAnalyses: Sendable {
    /// One result, filled once under its own lock (so a long computation blocks only those waiting for it).
    private final class Cell: Sendable {
        let value = Mutex<(any AnyObject & Sendable)?>(nil)
    }

    /// A result in a class of its own type: telling whether a stored result has the type asked for is then a
    /// class cast (a comparison of class metadata), where a cast of `any Sendable` to a struct or array type
    /// searches the runtime's protocol conformances.
    private final class Box<Value: Sendable>: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let cells = Mutex<[AnyHashable: Cell]>([:])

    /// Creates an empty store.
    public init() {}

    /// The result stored under `key`, computed with `compute` by the first caller.
    ///
    /// - Parameters:
    ///   - key: names the result and everything it depends on besides the document (two keys that are equal must
    ///     stand for the same computation); a result stored under it with another type is recomputed, not returned.
    ///   - compute: computes the result from the document; it must not ask this store for the same key.
    /// - Returns: the stored result.
    public func value<Value: Sendable>(for key: some Hashable & Sendable, compute: () -> Value) -> Value {
        let cell = cells.withLock { cells in
            if let cell = cells[AnyHashable(key)] { return cell }
            let cell = Cell()
            cells[AnyHashable(key)] = cell
            return cell
        }
        return cell.value.withLock { stored in
            if let box = stored as? Box<Value> { return box.value }
            let value = compute()
            stored = Box(value)
            return value
        }
    }
}
