/// Where each column of a file's layout is in its header: columns are found
/// by name, case-insensitively and ignoring spacing (`START TIME`,
/// `start time` and `Start  Time` are one column), in any order, under any
/// of the names the layout accepts for them.
public struct HeaderIndex: Sendable {
  /// The file, for messages.
  public let location: String
  /// The header as written.
  public let header: [String]
  /// Column (the layout's canonical name) → its position in the header.
  private let positions: [String: Int]
  /// The header's columns the layout does not read.
  public let notRead: [String]

  /// Matches a header against a layout.
  ///
  /// - Throws: ``NetflixExportError/missingColumn(path:column:found:)`` for
  ///   the first required column that is absent.
  public init(header: [String], layout: ExportFileKind, location: String) throws(NetflixExportError) {
    self.location = location
    self.header = header
    var positions: [String: Int] = [:]
    var used: Set<Int> = []
    let normalised = header.map(Self.normalise)
    for column in layout.columns {
      let names = ([column.name] + column.aliases).map(Self.normalise)
      if let position = normalised.firstIndex(where: { names.contains($0) }) {
        positions[column.name] = position
        used.insert(position)
      } else if column.required {
        throw .missingColumn(path: location, column: column.name, found: header)
      }
    }
    self.positions = positions
    notRead = header.indices.filter { !used.contains($0) }.map { header[$0] }
  }

  /// Whether the header has a column.
  public func has(_ column: String) -> Bool { positions[column] != nil }

  /// The position of a column, if the header has it.
  func position(of column: String) -> Int? { positions[column] }

  /// A header name as compared: lower case, spaces and underscores collapsed.
  static func normalise(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" }).joined(separator: " ")
  }
}
