import Events

/// One record of a file with its header: its fields by column name, and
/// typed readers that say what is wrong with a field as a ``RowProblem``.
public struct ExportRow: Sendable {
  /// The record.
  public let record: CSVTable.Record
  /// The header it is read with.
  public let index: HeaderIndex

  /// A field's text, trimmed; empty when the column is absent or the
  /// record is short.
  public func text(_ column: String) -> String {
    guard let position = index.position(of: column), let fields = record.fields,
      position < fields.count
    else { return "" }
    return fields[position].trimmedField
  }

  /// A field that must not be empty.
  public func required(_ column: String) throws(RowProblem) -> String {
    let value = text(column)
    guard !value.isEmpty else { throw RowProblem(column: column, reason: "is empty; a value is required") }
    return value
  }

  /// A timestamp (UTC in the export).
  public func timestamp(_ column: String) throws(RowProblem) -> Timestamp {
    let value = try required(column)
    guard let time = ExportTimestamp.parse(value) else {
      throw RowProblem(
        column: column,
        reason: "expected a UTC time such as 2024-03-01 20:15:00 (or ISO 8601, or a date), found '\(value)'")
    }
    return time
  }

  /// A timestamp when the field is not empty.
  public func optionalTimestamp(_ column: String) throws(RowProblem) -> Timestamp? {
    text(column).isEmpty ? nil : try timestamp(column)
  }

  /// A duration `HH:MM:SS`, in seconds.
  public func duration(_ column: String) throws(RowProblem) -> Double {
    let value = try required(column)
    guard let seconds = ExportDuration.parse(value) else {
      throw RowProblem(column: column, reason: "expected a duration HH:MM:SS, found '\(value)'")
    }
    return seconds
  }

  /// A duration when the field is not empty.
  public func optionalDuration(_ column: String) throws(RowProblem) -> Double? {
    text(column).isEmpty ? nil : try duration(column)
  }

  /// A yes/no field (`true`, `yes`, `1`; `false`, `no`, `0`); `nil` when empty.
  public func flag(_ column: String) throws(RowProblem) -> Bool? {
    let value = text(column).lowercased()
    switch value {
    case "": return nil
    case "true", "yes", "1", "y": return true
    case "false", "no", "0", "n": return false
    default: throw RowProblem(column: column, reason: "expected true or false, found '\(text(column))'")
    }
  }
}

/// What is wrong with one field of a row.
public struct RowProblem: Error, Equatable, Sendable {
  /// The column at fault, as the layout names it.
  public let column: String
  /// What is wrong, in words a person can act on.
  public let reason: String

  /// Creates a problem.
  public init(column: String, reason: String) {
    self.column = column
    self.reason = reason
  }
}
