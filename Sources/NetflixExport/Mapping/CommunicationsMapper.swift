import Events

/// What Netflix sent and what the member asked: `MessagesSentByNetflix.csv`
/// and `CSContact.csv` → communications events.
enum CommunicationsMapper {
  /// Each message → a `notification` sent (channel `EMAIL` → email;
  /// `PUSH`, `NOTIFICATIONS` and in-app → push; `SMS`, `WHATSAPP` → sms),
  /// its `Message Name` as the campaign and its `Title Name` as the title
  /// promoted; a click (a `Click Utc Ts`, or a `Click Cnt` above 0) adds a
  /// `notification` clicked.
  static func messages(_ table: LoadedTable, into ledger: inout ImportLedger, titles: inout TitleRegistry) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let sent = try row.timestamp("Sent Utc Ts")
      let campaign = try row.required("Message Name")
      let channelText = try row.required("Channel")
      guard let channel = Self.channel(channelText) else {
        throw RowProblem(column: "Channel", reason: "expected EMAIL, PUSH, NOTIFICATIONS or SMS, found '\(channelText)'")
      }
      let name = row.text("Profile Name")
      let profile = name.isEmpty ? nil : ExportIdentity.profile(name)
      let titleName = row.text("Title Name")
      let title = titleName.isEmpty ? nil : titles.resolve(titleName).id
      let clickCount = row.text("Click Cnt")
      guard clickCount.isEmpty || Int(clickCount) != nil else {
        throw RowProblem(column: "Click Cnt", reason: "expected a whole number, found '\(clickCount)'")
      }
      let clickedAt = try row.optionalTimestamp("Click Utc Ts")
      var out = RowEvents(table, row, account: account)
      out.add(sent, profile: profile, .notification(channel: channel, action: .sent, campaign: campaign, title: title))
      if clickedAt != nil || (Int(clickCount) ?? 0) > 0 {
        out.add(clickedAt ?? sent, profile: profile, .notification(channel: channel, action: .clicked, campaign: campaign, title: title))
      }
      return out.events
    }
  }

  /// The Glasshouse channel of a Netflix one.
  static func channel(_ text: String) -> NotificationChannel? {
    let lower = text.lowercased()
    if lower.contains("email") || lower.contains("e-mail") { return .email }
    if lower.contains("push") || lower.contains("notification") || lower.contains("in_app") || lower.contains("inapp")
      || lower.contains("in-app")
    {
      return .push
    }
    if lower.contains("sms") || lower.contains("text") || lower.contains("whatsapp") { return .sms }
    return nil
  }

  /// Each contact → a `customer_service_contact`: the channel from the
  /// channel column (chat when the file gives none), the topic from the
  /// reason (or the end state; `unspecified` when neither is given).
  static func contacts(_ table: LoadedTable, into ledger: inout ImportLedger) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let time = try row.timestamp("Contact Start Utc Ts")
      _ = try row.optionalTimestamp("Contact End Utc Ts")
      let channelText = row.text("Contact Channel").lowercased()
      let channel: ContactChannel
      if channelText.isEmpty || channelText.contains("chat") {
        channel = .chat
      } else if channelText.contains("phone") || channelText.contains("call") || channelText.contains("voice") {
        channel = .phone
      } else if channelText.contains("mail") {
        channel = .email
      } else {
        throw RowProblem(column: "Contact Channel", reason: "expected chat, phone or email, found '\(row.text("Contact Channel"))'")
      }
      let topic = [row.text("Contact Reason"), row.text("End State")].first { !$0.isEmpty } ?? "unspecified"
      var out = RowEvents(table, row, account: account)
      out.add(time, profile: nil, .customerServiceContact(channel: channel, topic: topic))
      return out.events
    }
  }
}
