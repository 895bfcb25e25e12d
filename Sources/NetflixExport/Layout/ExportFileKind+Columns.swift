extension ExportFileKind {
  /// The columns Glasshouse reads from the file, required ones first; a
  /// header may have others, which are listed as not read.
  public var columns: [ExportColumn] {
    switch self {
    case .viewingActivity:
      return [
        .required("Profile Name"), .required("Start Time"), .required("Duration"), .required("Title"),
        .optional("Attributes"), .optional("Supplemental Video Type"), .optional("Device Type"),
        .optional("Bookmark"), .optional("Latest Bookmark"), .optional("Country"),
      ]
    case .searchHistory:
      return [
        .required("Profile Name"), .required("Utc Timestamp"), .required("Query Typed"),
        .optional("Displayed Name"), .optional("Action"), .optional("Section"), .optional("Device"),
        .optional("Is Kids"), .optional("Country Iso Code", "Country Iso", "Country"),
      ]
    case .ratings:
      return [
        .required("Profile Name"), .required("Title Name"), .required("Event Utc Ts"),
        .optional("Rating Type"), .optional("Star Value"), .optional("Thumbs Value"),
        .optional("Device Model"), .optional("Region View Date"),
      ]
    case .myList:
      return [
        .required("Profile Name"), .required("Title Name"), .required("Utc Title Add Date"),
        .optional("Country"),
      ]
    case .indicatedPreferences:
      return [
        .required("Profile Name"), .required("Show"), .required("Event Date"),
        .optional("Is Interested"), .optional("Has Watched"),
      ]
    case .playbackRelatedEvents:
      return [
        .required("Profile Name"), .required("Title Description"), .required("Playback Start Utc Ts"),
        .required("Playtraces"), .optional("Device"), .optional("Country"),
      ]
    case .interactiveTitles:
      return [
        .required("Profile Name"), .required("Title Desc", "Title Description", "Title"),
        .required("Utc Timestamp", "Event Utc Ts"), .optional("Selection Type"),
        .optional("Choice Segment", "Choice"), .optional("Has Watched"), .optional("Source"),
      ]
    case .clickstream:
      return [
        .required("Profile Name"), .required("Click Utc Ts"), .optional("Navigation Level"),
        .optional("Source"), .optional("Referrer Url"), .optional("Webpage Url"),
      ]
    case .devices:
      return [
        .required("Device Type"), .optional("Esn"), .optional("Profile Name"),
        .optional("Acct First Playback Date"), .optional("Acct Last Playback Date"),
        .optional("Profile First Playback Date"), .optional("Profile Last Playback Date"),
        .optional("Deactivation Time"),
      ]
    case .ipAddressesStreaming:
      return [
        .required("Ip"), .required("Ts"), .optional("Esn"), .optional("Country"),
        .optional("Device Description"), .optional("Localized Device Description"),
        .optional("Region Code Display Name"),
      ]
    case .ipAddressesLogin:
      return [
        .required("Ip"), .required("Ts"), .optional("Esn"), .optional("Country"),
        .optional("Device Description"), .optional("Region Code"),
      ]
    case .messagesSentByNetflix:
      return [
        .required("Sent Utc Ts"), .required("Message Name"), .required("Channel"),
        .optional("Profile Name"), .optional("Title Name"), .optional("Click Cnt"),
        .optional("Click Utc Ts"), .optional("Device Model"), .optional("Country"),
      ]
    case .profiles:
      return [
        .required("Profile Name"), .optional("Profile Creation Time"), .optional("Maturity Level"),
        .optional("Primary Lang"), .optional("Is Kids", "Kids Profile", "Is Kids Profile"),
        .optional("Email Address"),
      ]
    case .accountDetails:
      return [
        .required("Email Address"), .required("Customer Creation Timestamp"), .optional("First Name"),
        .optional("Last Name"), .optional("Phone Number"), .optional("Postal Code", "Zip Code"),
        .optional("Country Of Registration"), .optional("Country Of Signup"), .optional("Primary Lang"),
      ]
    case .customerServiceContacts:
      return [
        .required("Contact Start Utc Ts"), .optional("Contact End Utc Ts"),
        .optional("Contact Channel", "Channel", "Contact Type"),
        .optional("Contact Reason", "Topic", "Issue Category"), .optional("End State"),
      ]
    case .gamePlaySessions:
      return [
        .required("Profile Name"), .required("Game Title", "Game Name", "Title"), .required("Start Time"),
        .optional("Duration"), .optional("End Time"), .optional("Device", "Platform"), .optional("Country"),
      ]
    }
  }
}
