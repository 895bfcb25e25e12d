extension Event {
  /// Decodes one JSON line, validating every field.
  ///
  /// - Parameters:
  ///   - jsonLine: one event object, without the newline.
  ///   - path: the file name to put in error messages.
  ///   - line: the line number to put in error messages.
  /// - Throws: an ``EventLogError`` naming the path, line and field.
  public init(jsonLine: String, path: String = "<string>", line: Int = 1) throws(EventLogError) {
    var decoder = EventDecoder()
    var text = jsonLine
    let result: Result<Event, LineProblem> = text.withUTF8 { bytes in
      do throws(LineProblem) {
        return .success(try decoder.decode(UnsafeRawBufferPointer(bytes)))
      } catch {
        return .failure(error)
      }
    }
    switch result {
    case .success(let event): self = event
    case .failure(let problem): throw problem.error(path: path, line: line)
    }
  }

  /// The event as one JSON line (no newline), keys in schema order:
  /// `v, id, ts, type, source, account, profile`, then the type's fields in
  /// the order Docs/EventLog.md lists them; absent optional fields are
  /// left out. Decoding the line gives back an equal event.
  public var jsonLine: String { builder().text }

  /// Appends the JSON line and a newline to a byte buffer.
  func appendJSONLine(to output: inout [UInt8]) { builder().finish(into: &output) }

  private func builder() -> JSONLineBuilder {
    var out = JSONLineBuilder()
    out.add(.v, Event.schemaVersion)
    out.add(.id, id)
    out.add(.ts, timestamp.description)
    out.add(.type, type.rawValue)
    out.add(.source, source.rawValue)
    out.add(.account, account)
    out.add(.profile, profile)
    switch payload {
    case .accountCreated(
      let name, let email, let postalCode, let phone, let paymentMethod, let dateOfBirth):
      out.add(.name, name)
      out.add(.email, email)
      out.add(.postalCode, postalCode)
      out.add(.phone, phone)
      out.add(.paymentMethod, paymentMethod)
      out.add(.dateOfBirth, dateOfBirth?.description)
    case .profileSettings(let profileName, let kids, let language, let maturity):
      out.add(.profileName, profileName)
      out.add(.kids, kids)
      out.add(.language, language)
      out.add(.maturity, maturity)
    case .rating(let title, let rating):
      out.add(.title, title)
      if case .stars(let stars) = rating {
        out.add(.stars, stars)
      } else {
        out.add(.thumbs, rating.thumbsWireValue)
      }
    case .review(let title, let text):
      out.add(.title, title)
      out.add(.text, text)
    case .impression(let title, let row, let rowIndex, let position, let artwork, let propensity):
      out.add(.title, title)
      out.add(.row, row)
      out.add(.rowIndex, rowIndex)
      out.add(.position, position)
      out.add(.artwork, artwork)
      out.add(.propensity, propensity)
    case .artworkClick(let title, let artwork):
      out.add(.title, title)
      out.add(.artwork, artwork)
    case .titlePageOpen(let title), .listAdd(let title):
      out.add(.title, title)
    case .playStart(let title, let playback, let position, let runtime):
      out.add(.title, title)
      out.add(.playback, playback)
      out.add(.position, position)
      out.add(.runtime, runtime)
    case .heartbeat(let title, let playback, let position),
      .pause(let title, let playback, let position):
      out.add(.title, title)
      out.add(.playback, playback)
      out.add(.position, position)
    case .seek(let title, let playback, let from, let to):
      out.add(.title, title)
      out.add(.playback, playback)
      out.add(.from, from)
      out.add(.to, to)
    case .stop(let title, let playback, let position, let runtime):
      out.add(.title, title)
      out.add(.playback, playback)
      out.add(.position, position)
      out.add(.runtime, runtime)
    case .completion(let title, let playback, let runtime):
      out.add(.title, title)
      out.add(.playback, playback)
      out.add(.runtime, runtime)
    case .search(let query, let clicked):
      out.add(.query, query)
      out.add(.clicked, clicked)
    case .interactiveChoice(let title, let playback, let choicePoint, let choice):
      out.add(.title, title)
      out.add(.playback, playback)
      out.add(.choicePoint, choicePoint)
      out.add(.choice, choice)
    case .gameActivity(let game, let action, let duration):
      out.add(.game, game)
      out.add(.action, action)
      out.add(.duration, duration)
    case .sessionStart(let device, let deviceType, let os, let appVersion, let ip, let connection):
      out.add(.device, device)
      out.add(.deviceType, deviceType)
      out.add(.os, os)
      out.add(.appVersion, appVersion)
      out.add(.ip, ip.description)
      out.add(.connection, connection)
    case .notification(let channel, let action, let campaign, let title):
      out.add(.channel, channel)
      out.add(.action, action)
      out.add(.campaign, campaign)
      out.add(.title, title)
    case .customerServiceContact(let channel, let topic):
      out.add(.channel, channel)
      out.add(.topic, topic)
    case .partnerRecord(let partner, let partnerKind, let attributeKind, let attributes):
      out.add(.partner, partner)
      out.add(.partnerKind, partnerKind)
      out.add(.attributeKind, attributeKind)
      out.add(.attributes, attributes)
    case .referralShared(let title, let referral, let app):
      out.add(.title, title)
      out.add(.referral, referral)
      out.add(.app, app)
    case .referralClick(let title, let referral):
      out.add(.title, title)
      out.add(.referral, referral)
    }
    return out
  }
}
