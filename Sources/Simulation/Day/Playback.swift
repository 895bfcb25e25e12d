import Events
import Support

/// One playback of a title: where it starts (the resume point, unless that
/// is in the last minute), where it ends (how far the member watches, set
/// by their true affinity and by disappointment when the artwork promised
/// more; cut short when the session runs out of time), the pauses and
/// rewinds in between, and the events the player logs for it.
struct Playback {
  /// A pause or a rewind during a playback.
  struct Interlude: Equatable {
    /// The content position, seconds.
    let position: Double
    /// A rewind (`seek` back) rather than a pause.
    let rewind: Bool
    /// The time away from the screen (pause) or the seconds rewound.
    let seconds: Int
  }

  /// The title (catalog index).
  let title: Int
  /// The title's runtime, seconds.
  let runtime: Double
  /// The content position playback starts from.
  let start: Double
  /// The content position playback ends at.
  let end: Double
  /// Whether the session ran out of time before the member stopped.
  let interrupted: Bool
  /// The pauses and rewinds, in position order.
  let interludes: [Interlude]

  /// Decides a playback.
  ///
  /// - Parameters:
  ///   - resume: where the profile stopped last time (0 if never).
  ///   - affinity: the member's true affinity for the title.
  ///   - appeal: the appeal of the artwork clicked, if one was.
  ///   - available: seconds left in the session.
  init(
    title: Int, runtime: Double, resume: Double, affinity: Double, appeal: Double?, available: Int,
    behavior: ViewingBehavior, random: inout SeededGenerator
  ) {
    self.title = title
    self.runtime = runtime
    let start = resume < runtime - 60 ? resume : 0
    self.start = start
    let disappointment = max(0, (appeal ?? 0) - affinity)
    let abandon = ViewingBehavior.logistic(
      behavior.abandonIntercept + behavior.abandonPerAffinity * affinity
        + behavior.abandonPerDisappointment * disappointment)
    let fraction: Double
    if random.nextUnitDouble() < abandon {
      fraction = min(1, (60 + 200 * random.nextUnitDouble()) / runtime)
    } else {
      fraction = ViewingBehavior.logistic(
        behavior.watchIntercept + behavior.watchPerAffinity * affinity
          + behavior.watchNoise * random.nextGaussian())
    }
    var end = max(start, min(runtime, fraction >= behavior.completionFraction ? runtime : fraction * runtime))
    if fraction >= behavior.completionFraction && start > 0 { end = runtime }
    var interrupted = false
    if Double(available) < end - start {
      end = start + Double(max(0, available))
      interrupted = true
    }
    self.end = end
    self.interrupted = interrupted
    self.interludes = Self.interludes(from: start, to: end, behavior: behavior, random: &random)
  }

  /// Whether the title was watched to the end.
  var completed: Bool { !interrupted && end >= runtime }

  /// Pauses and rewinds during a playback from `start` to `end` (content
  /// seconds), in position order: at most one pause (likelier the longer
  /// the playback) and one rewind.
  static func interludes(
    from start: Double, to end: Double, behavior: ViewingBehavior, random: inout SeededGenerator
  ) -> [Interlude] {
    let watched = end - start
    var breaks: [Interlude] = []
    if behavior.pausePerHour > 0, watched >= 1200,
      random.nextUnitDouble() < behavior.pausePerHour * watched / 3600
    {
      let position = (start + 60 + (watched - 120) * random.nextUnitDouble()).rounded()
      breaks.append(Interlude(position: position, rewind: false, seconds: 60 + Int(random.next() % 541)))
    }
    if behavior.rewind > 0, watched >= 600, random.nextUnitDouble() < behavior.rewind {
      let position = (start + 30 + (watched - 60) * random.nextUnitDouble()).rounded()
      breaks.append(Interlude(position: position, rewind: true, seconds: 10 + Int(random.next() % 21)))
    }
    return breaks.sorted { ($0.position, $0.rewind ? 1 : 0) < ($1.position, $1.rewind ? 1 : 0) }
  }

  /// Logs the playback from wall-clock second `begin` of the day: its
  /// start, a heartbeat every `heartbeatSeconds` of content, the pauses and
  /// rewinds (each adds time after it), and its completion or stop.
  ///
  /// - Returns: the second the playback ended.
  func log(
    as playback: String, titleID id: String, profile: String, zone: String, from begin: Int,
    heartbeatSeconds: Double, into log: inout HouseholdEventLog
  ) -> Int {
    log.log(
      .playStart(title: id, playback: playback, position: start, runtime: runtime), profile: profile, zone: zone,
      seconds: begin)
    var away = 0
    var next = 0
    var position = start + heartbeatSeconds
    while true {
      if position < end, next == interludes.count || position <= interludes[next].position {
        log.log(
          .heartbeat(title: id, playback: playback, position: position), profile: profile, zone: zone,
          seconds: begin + Int(position - start) + away)
        position += heartbeatSeconds
      } else if next < interludes.count {
        let interlude = interludes[next]
        next += 1
        let at = begin + Int(interlude.position - start) + away
        if interlude.rewind {
          let to = max(0, interlude.position - Double(interlude.seconds))
          log.log(
            .seek(title: id, playback: playback, from: interlude.position, to: to), profile: profile, zone: zone,
            seconds: at)
          away += Int(interlude.position - to)
        } else {
          log.log(
            .pause(title: id, playback: playback, position: interlude.position), profile: profile, zone: zone,
            seconds: at)
          away += interlude.seconds
        }
      } else {
        break
      }
    }
    let ended = begin + Int(end - start) + away
    if completed {
      log.log(.completion(title: id, playback: playback, runtime: runtime), profile: profile, zone: zone, seconds: ended)
    } else {
      log.log(
        .stop(title: id, playback: playback, position: end, runtime: runtime), profile: profile, zone: zone,
        seconds: ended)
    }
    return ended
  }
}
