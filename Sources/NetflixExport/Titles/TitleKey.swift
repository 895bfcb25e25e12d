import Foundation

/// A title's name as compared across sources: case, punctuation and
/// diacritics dropped, `&` read as `and`, and a leading article removed
/// whether it leads (`The Matrix`) or trails as MovieLens writes it
/// (`Matrix, The`), so `Amélie` matches `Amelie` and `The Office` matches
/// `Office, The`.
public enum TitleKey {
  /// The key of a name.
  public static func of(_ name: String) -> String {
    var text = name.decomposedStringWithCanonicalMapping.unicodeScalars
      .filter { $0.properties.generalCategory != .nonspacingMark }
      .reduce(into: "") { $0.unicodeScalars.append($1) }
      .lowercased()
    text = text.replacingOccurrences(of: "&", with: " and ")
    // MovieLens's trailing article: "matrix, the" → "the matrix".
    for article in trailingArticles where text.hasSuffix(", " + article) {
      text = article + " " + String(text.dropLast(article.count + 2))
      break
    }
    let words = text.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
    var parts = String(words).split(separator: " ").map(String.init)
    if parts.count > 1, leadingArticles.contains(parts[0]) { parts.removeFirst() }
    return parts.joined(separator: " ")
  }

  /// The names a catalog entry is known by: its name, and MovieLens's
  /// alternatives in parentheses (`Seven (a.k.a. Se7en)`,
  /// `City of Lost Children, The (Cité des enfants perdus, La)`).
  public static func names(of catalogName: String) -> [String] {
    var names = [catalogName]
    var rest = catalogName
    while let open = rest.range(of: " ("), let close = rest.range(of: ")", range: open.upperBound..<rest.endIndex) {
      let head = String(rest[..<open.lowerBound])
      var inner = String(rest[open.upperBound..<close.lowerBound])
      for prefix in ["a.k.a. ", "aka "] where inner.lowercased().hasPrefix(prefix) {
        inner = String(inner.dropFirst(prefix.count))
      }
      if names.count == 1 { names.append(head) }
      names.append(inner)
      rest = String(rest[close.upperBound...])
    }
    return names
  }

  /// A catalog name as Netflix would show it: the first of its names, its
  /// trailing article moved to the front (`Matrix, The` → `The Matrix`,
  /// `Amélie (Fabuleux destin d'Amélie Poulain)` → `Amélie`).
  public static func displayName(of catalogName: String) -> String {
    let names = Self.names(of: catalogName)
    var name = names.count > 1 ? names[1] : names[0]
    for article in ["The", "A", "An"] where name.hasSuffix(", " + article) {
      name = article + " " + String(name.dropLast(article.count + 2))
    }
    return name
  }

  static let trailingArticles = ["the", "a", "an", "les", "la", "le", "l'", "el", "il", "der", "die", "das"]
  static let leadingArticles: Set<String> = ["the", "a", "an"]
}
