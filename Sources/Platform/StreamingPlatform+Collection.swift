import Events

/// What the platform takes in and keeps, under its ``CollectionPolicy``.
extension StreamingPlatform {
  /// The platform's intake under its collection policy.
  public var collector: EventCollector { EventCollector(policy: configuration.collection) }

  /// What the platform stores of events offered to it, in order (see
  /// ``EventCollector``); the offered events themselves under the standard
  /// policy.
  public func collect(_ offered: [Event]) -> [Event] { collector.collect(offered) }

  /// Seconds since 1970 before which the platform has deleted raw events
  /// (its retention period back from the latest event), or `nil` when it
  /// keeps them.
  public var retentionCutoff: Int64? { latestEventTime.flatMap { collector.retentionCutoff(now: $0) } }

  /// Whether the platform still holds an event it collected: `false` for
  /// raw events deleted at the end of their retention period.
  public func holds(_ event: Event) -> Bool {
    guard let now = latestEventTime else { return true }
    return collector.retains(event, now: now)
  }
}
