/// The files of a Netflix data export that Glasshouse reads, each in the
/// folder Netflix writes it to. Docs/NetflixExport.md lists the columns
/// and the public parsers the layout was checked against.
public enum ExportFileKind: String, CaseIterable, Sendable, Comparable {
  /// What was played, when, for how long, on which device, from where.
  case viewingActivity = "viewing_activity"
  /// Searches typed and the result shown or chosen.
  case searchHistory = "search_history"
  /// Thumbs and star ratings.
  case ratings = "ratings"
  /// Titles added to My List.
  case myList = "my_list"
  /// Titles the member said they were or were not interested in.
  case indicatedPreferences = "indicated_preferences"
  /// The player's own trace of each playback (start, pauses, seeks, stop).
  case playbackRelatedEvents = "playback_related_events"
  /// Choices made in interactive titles.
  case interactiveTitles = "interactive_titles"
  /// Pages opened in the apps and on the web site.
  case clickstream = "clickstream"
  /// The devices used, with their ids (ESN).
  case devices = "devices"
  /// The addresses streams came from.
  case ipAddressesStreaming = "ip_addresses_streaming"
  /// The addresses logins came from.
  case ipAddressesLogin = "ip_addresses_login"
  /// Emails, push and in-app notifications Netflix sent, and clicks on them.
  case messagesSentByNetflix = "messages_sent_by_netflix"
  /// The account's profiles and their settings.
  case profiles = "profiles"
  /// The account holder's details.
  case accountDetails = "account_details"
  /// Contacts with customer service.
  case customerServiceContacts = "customer_service_contacts"
  /// Sessions in Netflix games.
  case gamePlaySessions = "game_play_sessions"

  /// The folder Netflix writes the file to.
  public var folder: String {
    switch self {
    case .viewingActivity, .searchHistory, .ratings, .myList, .indicatedPreferences, .playbackRelatedEvents,
      .interactiveTitles:
      return "CONTENT_INTERACTION"
    case .clickstream: return "CLICKSTREAM"
    case .devices: return "DEVICES"
    case .ipAddressesStreaming, .ipAddressesLogin: return "IP_ADDRESSES"
    case .messagesSentByNetflix: return "MESSAGES"
    case .profiles: return "PROFILES"
    case .accountDetails: return "ACCOUNT"
    case .customerServiceContacts: return "CUSTOMER_SERVICE"
    case .gamePlaySessions: return "GAMES"
    }
  }

  /// The file's name.
  public var fileName: String {
    switch self {
    case .viewingActivity: return "ViewingActivity.csv"
    case .searchHistory: return "SearchHistory.csv"
    case .ratings: return "Ratings.csv"
    case .myList: return "MyList.csv"
    case .indicatedPreferences: return "IndicatedPreferences.csv"
    case .playbackRelatedEvents: return "PlaybackRelatedEvents.csv"
    case .interactiveTitles: return "InteractiveTitles.csv"
    case .clickstream: return "Clickstream.csv"
    case .devices: return "Devices.csv"
    case .ipAddressesStreaming: return "IpAddressesStreaming.csv"
    case .ipAddressesLogin: return "IpAddressesLogin.csv"
    case .messagesSentByNetflix: return "MessagesSentByNetflix.csv"
    case .profiles: return "Profiles.csv"
    case .accountDetails: return "AccountDetails.csv"
    case .customerServiceContacts: return "CSContact.csv"
    case .gamePlaySessions: return "GamePlaySession.csv"
    }
  }

  /// The path in the export's layout (`CONTENT_INTERACTION/ViewingActivity.csv`).
  public var path: String { folder + "/" + fileName }

  /// The kind of a file, recognised by its name (case-insensitively, in
  /// whatever folder it is).
  public init?(fileName: String) {
    let lower = fileName.lowercased()
    guard let kind = Self.allCases.first(where: { $0.fileName.lowercased() == lower }) else { return nil }
    self = kind
  }

  /// The layout's folders, upper case.
  static let folders: Set<String> = Set(allCases.map(\.folder)).union([
    "PAYMENT_AND_BILLING", "SOCIAL_MEDIA_CONNECTIONS", "SURVEYS", "ACCESS_AND_DEVICES", "GAMES",
  ])

  /// Orders kinds as `allCases` lists them.
  public static func < (a: ExportFileKind, b: ExportFileKind) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
