import Foundation
import Support

/// The stable ids the import gives what an export names only by name:
/// a profile, the account, a title no catalog matched. Each is a readable
/// slug of the name and a short ``StableHash`` of it, so the same export
/// always gets the same ids, on every machine, and two names never share
/// one by chance of their slugs (`Mom` and `Mom!`).
public enum ExportIdentity {
  /// A profile's id: `p-` slug `-` six hex digits (`p-anna-3f9a2c`).
  public static func profile(_ name: String) -> String {
    "p-" + slug(name) + "-" + String(StableHash.hex("profile:" + name).prefix(6))
  }

  /// The account's id, from all its profiles' names.
  public static func account(profiles: some Sequence<String>) -> String {
    "nf-account-" + String(StableHash.hex("account:" + profiles.sorted().joined(separator: "\n")).prefix(8))
  }

  /// The id of a title no catalog matched: `nf-`, the slug of its
  /// comparison key (``TitleKey``), `-` and six hex digits of the key, so
  /// every spelling that compares equal gets the same id.
  public static func title(_ name: String) -> String {
    let key = TitleKey.of(name)
    return "nf-" + slug(key) + "-" + String(StableHash.hex("title:" + key).prefix(6))
  }

  /// The id of a game.
  public static func game(_ name: String) -> String {
    "game-" + slug(name) + "-" + String(StableHash.hex("game:" + TitleKey.of(name)).prefix(6))
  }

  /// The id of a device known only by its description.
  public static func device(_ description: String) -> String {
    "dev-" + String(StableHash.hex("device:" + description).prefix(10))
  }

  /// Lower-case ASCII letters and digits with single hyphens, at most 40
  /// characters; `x` for a name with none.
  public static func slug(_ name: String) -> String {
    let folded = name.decomposedStringWithCanonicalMapping.unicodeScalars
      .filter { $0.properties.generalCategory != .nonspacingMark }
    var out = ""
    var pendingHyphen = false
    for scalar in folded {
      let c = Character(scalar).lowercased()
      if scalar.isASCII, let first = c.first, first.isLetter || first.isNumber {
        if pendingHyphen && !out.isEmpty { out.append("-") }
        pendingHyphen = false
        out += c
      } else {
        pendingHyphen = true
      }
      if out.count >= 40 { break }
    }
    return out.isEmpty ? "x" : out
  }
}
