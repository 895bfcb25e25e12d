import Datasets
import Support
import Scenarios

/// Typical viewing windows by age band, local time, for crowd members:
/// children after school and on weekend mornings, young adults late at
/// night, older members earlier in the evening. The probability of each
/// window is set so the member's expected sessions per week match their
/// rate.
///
/// People are not their age band's average: each member's windows are
/// shifted by a personal offset (normal, standard deviation
/// ``personalShiftMinutes``, in 5-minute steps), and ``neighbourShare`` of
/// members keep the hours of an adjacent age band, so viewing hours hint at
/// age without giving it away.
public enum ScheduleTemplate {
  /// One window of a template: days, start and end as (hour, minute), and
  /// whether it uses the member's second device when they have one.
  struct Slot {
    let days: [Weekday]
    let start: (Int, Int)
    let end: (Int, Int)
    let secondDevice: Bool
  }

  /// The template's windows for an age band.
  static func slots(for band: AgeBand) -> [Slot] {
    let all = Weekday.allCases
    switch band {
    case .under18:
      return [
        Slot(days: Weekday.weekdays, start: (15, 30), end: (18, 30), secondDevice: true),
        Slot(days: Weekday.weekends, start: (8, 30), end: (11, 30), secondDevice: false),
        Slot(days: [.friday, .saturday], start: (19, 0), end: (21, 30), secondDevice: false),
      ]
    case .from18to24:
      return [
        Slot(days: all, start: (21, 30), end: (1, 0), secondDevice: false),
        Slot(days: Weekday.weekends, start: (14, 0), end: (17, 0), secondDevice: true),
      ]
    case .from25to34:
      return [
        Slot(days: Weekday.weekdays, start: (20, 0), end: (23, 30), secondDevice: false),
        Slot(days: Weekday.weekends, start: (19, 0), end: (0, 0), secondDevice: false),
        Slot(days: [.monday, .wednesday], start: (12, 30), end: (13, 30), secondDevice: true),
      ]
    case .from35to44:
      return [
        Slot(days: Weekday.weekdays, start: (20, 30), end: (23, 0), secondDevice: false),
        Slot(days: Weekday.weekends, start: (18, 0), end: (22, 30), secondDevice: false),
      ]
    case .from45to54:
      return [Slot(days: all, start: (19, 30), end: (22, 30), secondDevice: false)]
    case .over55:
      return [
        Slot(days: all, start: (18, 30), end: (21, 30), secondDevice: false),
        Slot(days: Weekday.weekends, start: (14, 0), end: (17, 0), secondDevice: true),
      ]
    }
  }

  /// The standard deviation of a member's personal shift of their windows.
  public static let personalShiftMinutes = 50.0
  /// The share of members who keep the hours of an adjacent age band.
  public static let neighbourShare = 0.3

  /// A crowd member's schedule.
  ///
  /// - Parameters:
  ///   - band: their age band.
  ///   - devices: their devices, most used first.
  ///   - sessionsPerWeek: their mean sessions per week.
  ///   - random: draws the member's shift and whether they keep a
  ///     neighbouring band's hours.
  public static func schedule(
    for band: AgeBand, devices: [Device], sessionsPerWeek: Double, using random: inout SeededGenerator
  ) -> [ViewingWindow] {
    let bands = AgeBand.allCases
    var habit = band
    if random.nextUnitDouble() < neighbourShare, let b = bands.firstIndex(of: band) {
      let step = random.nextUnitDouble() < 0.5 ? -1 : 1
      habit = bands[min(bands.count - 1, max(0, b + (b == 0 ? 1 : b == bands.count - 1 ? -1 : step)))]
    }
    let shift = 5 * Int((personalShiftMinutes * random.nextGaussian() / 5).rounded())
    return schedule(for: habit, devices: devices, sessionsPerWeek: sessionsPerWeek, shiftMinutes: shift)
  }

  /// The template schedule of an age band, shifted by some minutes.
  public static func schedule(
    for band: AgeBand, devices: [Device], sessionsPerWeek: Double, shiftMinutes: Int = 0
  ) -> [ViewingWindow] {
    let slots = slots(for: band)
    let slotsPerWeek = slots.reduce(0) { $0 + $1.days.count }
    let probability = min(1, max(0, sessionsPerWeek / Double(max(1, slotsPerWeek))))
    return slots.map { slot in
      let device = slot.secondDevice && devices.count > 1 ? devices[1] : devices.first
      return ViewingWindow(
        days: slot.days, start: clock(slot.start, shift: shiftMinutes), end: clock(slot.end, shift: shiftMinutes),
        device: device,
        probability: probability)
    }
  }

  private static func clock(_ time: (Int, Int), shift: Int) -> ClockTime {
    let minutes = ((time.0 * 60 + time.1 + shift) % 1440 + 1440) % 1440
    guard let clock = ClockTime(hour: minutes / 60, minute: minutes % 60) else {
      preconditionFailure("template time \(time) is not a time of day")
    }
    return clock
  }
}
