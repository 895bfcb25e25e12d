/// One column of an export file's layout: its name as Netflix writes it,
/// other names seen for it, and whether the import needs it.
public struct ExportColumn: Sendable, Hashable {
  /// The name as Netflix writes it (`Start Time`).
  public let name: String
  /// Whether a file without this column cannot be imported.
  public let required: Bool
  /// Other names accepted for it (older or variant exports).
  public let aliases: [String]

  /// A column the import needs.
  static func required(_ name: String, _ aliases: String...) -> ExportColumn {
    ExportColumn(name: name, required: true, aliases: aliases)
  }

  /// A column read when present.
  static func optional(_ name: String, _ aliases: String...) -> ExportColumn {
    ExportColumn(name: name, required: false, aliases: aliases)
  }
}
