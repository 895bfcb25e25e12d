/// What an event says, by type. Identifiers (titles, artwork variants,
/// playbacks, devices, referrals) are the platform's opaque ids; positions,
/// runtimes and durations are seconds.
///
/// `indirect`, so that an ``Event`` is 72 bytes rather than 161 and cheap to
/// move while a log is merged and sorted (measured in the `ingestion`
/// benchmarks: +10% events per second).
public indirect enum EventPayload: Hashable, Sendable {
  // MARK: Provided by the member

  /// Sign-up: the member's name, email, postal code, phone, payment method
  /// and, where the sign-up form asks, date of birth.
  case accountCreated(
    name: String, email: String, postalCode: String?, phone: String?,
    paymentMethod: PaymentMethod, dateOfBirth: CalendarDate?)
  /// A profile's settings.
  case profileSettings(profileName: String, kids: Bool, language: String, maturity: MaturityLevel)
  /// An explicit rating of a title.
  case rating(title: String, rating: Rating)
  /// A written review of a title.
  case review(title: String, text: String)

  // MARK: Activity on the service

  /// A title shown in a row (`rowIndex` from the top, `position` from the
  /// left, both from 0) with an artwork variant, and the probability the
  /// artwork policy gave that variant, in (0, 1], when logged.
  case impression(
    title: String, row: String, rowIndex: Int, position: Int, artwork: String, propensity: Double?)
  /// A click on a title's artwork variant.
  case artworkClick(title: String, artwork: String)
  /// A title's detail page opened.
  case titlePageOpen(title: String)
  /// Playback of a title began at a position; `runtime` when known.
  case playStart(title: String, playback: String, position: Double, runtime: Double?)
  /// A progress report during a playback.
  case heartbeat(title: String, playback: String, position: Double)
  /// Playback paused at a position.
  case pause(title: String, playback: String, position: Double)
  /// A jump within a playback.
  case seek(title: String, playback: String, from: Double, to: Double)
  /// Playback stopped at a position, with the title's runtime.
  case stop(title: String, playback: String, position: Double, runtime: Double)
  /// The playback reached the end credits.
  case completion(title: String, playback: String, runtime: Double)
  /// A search: the query as typed and the title clicked in the results.
  case search(query: String, clicked: String?)
  /// A title added to My List.
  case listAdd(title: String)
  /// A choice at a branch point of an interactive title.
  case interactiveChoice(title: String, playback: String, choicePoint: String, choice: String)
  /// Activity in a game, with a duration in seconds when it has one.
  case gameActivity(game: String, action: GameAction, duration: Double?)

  // MARK: Device and connection

  /// An app session on a device.
  case sessionStart(
    device: String, deviceType: DeviceType, os: String, appVersion: String, ip: IPAddress,
    connection: ConnectionType)

  // MARK: Communications

  /// A notification sent, opened or clicked, and the title it promoted.
  case notification(
    channel: NotificationChannel, action: NotificationAction, campaign: String, title: String?)
  /// A customer-service contact and its topic.
  case customerServiceContact(channel: ContactChannel, topic: String)

  // MARK: Partners and other sources

  /// A record from a partner: who supplied it and what it says, as
  /// attribute → value pairs.
  case partnerRecord(
    partner: String, partnerKind: PartnerKind, attributeKind: AttributeKind,
    attributes: [String: String])
  /// A title shared through a messaging app; `referral` identifies the link.
  case referralShared(title: String, referral: String, app: String)
  /// A click on a shared link.
  case referralClick(title: String, referral: String)

  /// The event type this payload belongs to.
  public var type: EventType {
    switch self {
    case .accountCreated: return .accountCreated
    case .profileSettings: return .profileSettings
    case .rating: return .rating
    case .review: return .review
    case .impression: return .impression
    case .artworkClick: return .artworkClick
    case .titlePageOpen: return .titlePageOpen
    case .playStart: return .playStart
    case .heartbeat: return .heartbeat
    case .pause: return .pause
    case .seek: return .seek
    case .stop: return .stop
    case .completion: return .completion
    case .search: return .search
    case .listAdd: return .listAdd
    case .interactiveChoice: return .interactiveChoice
    case .gameActivity: return .gameActivity
    case .sessionStart: return .sessionStart
    case .notification: return .notification
    case .customerServiceContact: return .customerServiceContact
    case .partnerRecord: return .partnerRecord
    case .referralShared: return .referralShared
    case .referralClick: return .referralClick
    }
  }
}
