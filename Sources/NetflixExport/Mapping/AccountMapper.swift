import Events

/// What the member provided: `Profiles.csv` → `profile_settings` and
/// `AccountDetails.csv` → `account_created`.
enum AccountMapper {
  /// Each profile → its settings: the name kept as written, the language
  /// (`Primary Lang`, `und` when empty), the maturity level
  /// (``MaturitySetting``) and whether it is a kids' profile (an `Is Kids`
  /// column when the export has one, else a maturity level for children,
  /// else a search made in the kids' interface). Timed at `Profile Creation
  /// Time`, or at the export's first event when the file gives none.
  static func profiles(
    _ table: LoadedTable, into ledger: inout ImportLedger, kidsSearches: Set<String>, firstEvent: Timestamp
  ) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let name = try row.required("Profile Name")
      let profile = ExportIdentity.profile(name)
      let created = try row.optionalTimestamp("Profile Creation Time") ?? firstEvent
      let levelText = row.text("Maturity Level")
      guard let maturity = MaturitySetting.level(levelText) else {
        throw RowProblem(column: "Maturity Level", reason: "expected a number or a level such as 'Teens', found '\(levelText)'")
      }
      let kids = try row.flag("Is Kids")
        ?? (maturity == .littleKids || maturity == .olderKids || kidsSearches.contains(profile))
      let language = row.text("Primary Lang")
      var out = RowEvents(table, row, account: account)
      out.add(created, profile: profile, .profileSettings(
        profileName: name, kids: kids, language: language.isEmpty ? "und" : language, maturity: maturity))
      return out.events
    }
  }

  /// The account holder → `account_created`: name, email, postal code and
  /// phone as given. The export does not say how the member pays
  /// (`BillingHistory.csv`, not read, does); the event needs a method, and
  /// `card` is written.
  static func account(_ table: LoadedTable, into ledger: inout ImportLedger) {
    let account = ledger.account
    ledger.each(table) { row throws(RowProblem) in
      let email = try row.required("Email Address")
      let time = try row.timestamp("Customer Creation Timestamp")
      let name = [row.text("First Name"), row.text("Last Name")].filter { !$0.isEmpty }.joined(separator: " ")
      let postal = row.text("Postal Code"), phone = row.text("Phone Number")
      var out = RowEvents(table, row, account: account)
      out.add(time, profile: nil, .accountCreated(
        name: name.isEmpty ? "(not given)" : name, email: email, postalCode: postal.isEmpty ? nil : postal,
        phone: phone.isEmpty ? nil : phone, paymentMethod: .card, dateOfBirth: nil))
      return out.events
    }
  }
}
