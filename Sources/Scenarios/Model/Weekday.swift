/// A day of the week, as written in schedules (`mon` ... `sun`).
public enum Weekday: String, Sendable, CaseIterable, Comparable {
  /// Monday.
  case monday = "mon"
  /// Tuesday.
  case tuesday = "tue"
  /// Wednesday.
  case wednesday = "wed"
  /// Thursday.
  case thursday = "thu"
  /// Friday.
  case friday = "fri"
  /// Saturday.
  case saturday = "sat"
  /// Sunday.
  case sunday = "sun"

  /// Monday to Friday.
  public static let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
  /// Saturday and Sunday.
  public static let weekends: [Weekday] = [.saturday, .sunday]

  /// Orders days from Monday to Sunday.
  public static func < (a: Weekday, b: Weekday) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
