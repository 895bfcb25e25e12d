/// A part of a persona's daily schedule when they may watch: on some days,
/// between two times (an end before the start wraps past midnight), on a
/// device, with a probability per day.
public struct ViewingWindow: Hashable, Sendable {
  /// The days the window applies to.
  public var days: [Weekday]
  /// When it opens, local time.
  public var start: ClockTime
  /// When it closes, local time; earlier than `start` means the next day.
  public var end: ClockTime
  /// The device used, or `nil` for any of the persona's devices.
  public var device: Device?
  /// The chance, from 0 to 1, that the persona watches in this window on
  /// a day it applies to.
  public var probability: Double

  /// Creates a window.
  public init(
    days: [Weekday], start: ClockTime, end: ClockTime, device: Device? = nil,
    probability: Double = 1
  ) {
    self.days = days
    self.start = start
    self.end = end
    self.device = device
    self.probability = probability
  }

  /// The length of the window in minutes.
  public var durationMinutes: Int {
    end.minutes > start.minutes ? end.minutes - start.minutes : 1440 - start.minutes + end.minutes
  }
}
