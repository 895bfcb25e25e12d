import Catalog
import Datasets
import FuzzSupport

/// libFuzzer target for catalog files (YAML, or JSON read as YAML): one
/// input is a whole file, read by ``CatalogFile/validate(path:)``,
/// ``CatalogFile/load(path:)`` and ``CatalogFile/parse(_:path:)``.
///
/// Properties checked (Docs/Catalog.md):
/// - every error names the file; every error inside the document names
///   `file:line:column` with a line in the file and a column from 1, and
///   errors come in line order;
/// - `load` succeeds exactly when `validate` reports nothing, and throws
///   its first error otherwise; the text API agrees with the file API;
/// - a catalog that loads round-trips: written back as JSON with every
///   field explicit, it reads as an equal catalog.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  CatalogFuzzer.check(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  return 0
}

enum CatalogFuzzer {
  static let file = ScratchFile("catalog.yaml")
  static let written = ScratchFile("catalog.json")

  static func fail(_ property: String, _ details: String) -> Never {
    violation("catalog", property, details)
  }

  static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
    file.write(bytes)
    let path = file.path
    let text = String(validating: bytes, as: UTF8.self)
    let lineCount = text.map(TextLines.yamlLineCount) ?? Int.max
    let errors = CatalogFile.validate(path: path)
    checkErrors(errors, path: path, text: text, lineCount: lineCount)

    let loaded: Catalog?
    do {
      loaded = try CatalogFile.load(path: path)
      guard errors.isEmpty else {
        fail("load fails when validate reports errors", errors[0].description)
      }
    } catch {
      guard error == errors.first else {
        fail(
          "load throws the first error validate reports",
          "load: \(error)\n  validate: \(errors.first.map(\.description) ?? "nothing")")
      }
      loaded = nil
    }

    // The text API, where the bytes are the text as written.
    // (No NUL: the file API rejects it with its position before YAML parsing,
    // the text API leaves it to libyaml, which says "control characters are
    // not allowed" at 1:1 -- reported in the fuzzing note.)
    if let text, !text.hasPrefix("\u{FEFF}"), !text.utf8.contains(0) {
      do {
        let parsed = try CatalogFile.parse(text, path: path)
        guard let loaded, parsed == loaded else {
          fail(
            "parse(text) gives what load(path) gives",
            "parse gave \(parsed.count) titles; load: \(errors.first.map(\.description) ?? "?")")
        }
      } catch {
        if loaded != nil || error != errors.first {
          fail(
            "parse(text) fails with load(path)'s first error",
            "parse: \(error)\n  validate: \(errors.first.map(\.description) ?? "nothing")")
        }
      }
    }

    if let loaded { checkRoundTrip(loaded) }
  }

  static func checkErrors(_ errors: [CatalogError], path: String, text: String?, lineCount: Int) {
    var previous = (line: 0, column: 0)
    for error in errors {
      let message = error.description
      guard error.namedPath == path, message.hasPrefix("\(path):") else {
        fail("every error names the file", message)
      }
      if error.isWholeFile { continue }
      guard let (line, column) = error.position, line >= 1, column >= 1 else {
        fail("every error in the document has a line and column from 1", message)
      }
      let endOfStream = text.map {
        TextLines.isEndOfStreamPosition(line: line, column: column, in: $0)
      } ?? false
      guard line <= lineCount || endOfStream else {
        fail("an error's line is in the file", "\(message) (the file has \(lineCount) lines)")
      }
      guard message.hasPrefix("\(path):\(line):\(column): ") else {
        fail("every error's message starts with file:line:column", message)
      }
      guard (previous.line, previous.column) <= (line, column) else {
        fail("errors come in line order", errors.map(\.description).joined(separator: "\n  "))
      }
      previous = (line, column)
    }
  }

  /// Writes the catalog as JSON with every field explicit and reads it back.
  static func checkRoundTrip(_ catalog: Catalog) {
    let json = CatalogJSON.encode(catalog)
    var bytes = Array(json.utf8)
    bytes.withUnsafeMutableBufferPointer { written.write(UnsafeBufferPointer($0)) }
    do {
      let again = try CatalogFile.load(path: written.path)
      guard again == catalog else {
        let first = zip(again.titles, catalog.titles).first { $0 != $1 }
        fail(
          "a loaded catalog, written as JSON, reads back equal",
          "\(json.prefix(2000))\n  first difference: \(String(describing: first))")
      }
    } catch {
      fail("a loaded catalog, written as JSON, reads back", "\(error)\n  \(json.prefix(2000))")
    }
  }
}

/// A catalog as the JSON Docs/Catalog.md describes, every field explicit.
enum CatalogJSON {
  static func encode(_ catalog: Catalog) -> String {
    var out = "{\"titles\": [\n"
    for (index, title) in catalog.titles.enumerated() {
      out += index == 0 ? "  " : ",\n  "
      out += "{\"id\": \(quoted(title.id.text)), \"name\": \(quoted(title.name))"
      if let year = title.year { out += ", \"year\": \(year)" }
      out += ", \"genres\": [" + title.genres.map { quoted($0.name) }.joined(separator: ", ") + "]"
      out += ", \"cast\": [" + title.cast.map(quoted).joined(separator: ", ") + "]"
      out += ", \"maturity\": \(quoted(title.maturityRating.rawValue))"
      out += ", \"runtime\": \(title.runtimeMinutes)"
      out += ", \"artwork\": ["
      out += title.artwork.map { variant in
        var item = "{\"id\": \(quoted(variant.id)), \"tone\": \(quoted(variant.tone.rawValue))"
        if let cast = variant.featuredCast { item += ", \"cast\": \(quoted(cast))" }
        if let genre = variant.genreCue { item += ", \"genre\": \(quoted(genre.name))" }
        item += ", \"face\": \(variant.showsFace)}"
        return item
      }.joined(separator: ", ")
      out += "]}"
    }
    return out + "\n]}\n"
  }

  /// A YAML double-quoted scalar (JSON's syntax, with YAML's `\U` for
  /// characters YAML does not allow as they are).
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
        if scalar.value == 0xFEFF {
          out += "\\uFEFF"
        } else {
          out.unicodeScalars.append(scalar)
        }
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
      }
    }
    return out + "\""
  }
}
