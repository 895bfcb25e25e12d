import Catalog
import Events
import Foundation
import ZIPFoundation

/// Writes a profile's (or an account's) Glasshouse events as a Netflix data
/// export, in the layout ``NetflixImporter`` reads — so a class can
/// practise on a simulated persona's export before their own.
///
/// What the export has no column for is left out (impressions, artwork,
/// referrals, partner records, time zones: times are written in UTC); a
/// playback becomes one viewing row (its start, the wall-clock time to its
/// stop or completion, the position reached, its session's device and the
/// country of its session's address in the geo-IP table).
public struct NetflixExportWriter: Sendable {
  /// Title id → name as Netflix shows it (from the catalog the events
  /// were made with, ``TitleKey/displayName(of:)``); an id not in it is
  /// written as the name.
  public let titleNames: [String: String]
  /// Where addresses are: the country column.
  public let geoIP: GeoIPTable

  /// A writer naming titles from a catalog. Where several of its titles
  /// go by one name (generated catalogs reuse names), the name is followed
  /// by the year, `Name (2014)`, when that tells them apart — the form
  /// ``TitleMatcher`` reads a year from — so that the export reads back as
  /// the same titles.
  public init(catalog: Catalog? = nil, geoIP: GeoIPTable = .sample) {
    var names: [String: String] = [:]
    let titles = catalog?.titles ?? []
    let byName = Dictionary(grouping: titles) { TitleKey.of(TitleKey.displayName(of: $0.name)) }
    for title in titles {
      let name = TitleKey.displayName(of: title.name)
      let namesakes = byName[TitleKey.of(name)] ?? []
      if namesakes.count > 1, let year = title.year, namesakes.filter({ $0.year == year }).count == 1 {
        names[title.id.text] = "\(name) (\(year))"
      } else {
        names[title.id.text] = name
      }
    }
    titleNames = names
    self.geoIP = geoIP
  }

  /// The export's files for some events (any order).
  public func files(for events: [Event], root: String = "netflix-export") -> [ExportFile] {
    let sorted = events.enumerated().sorted { ($0.element.timestamp, $0.offset) < ($1.element.timestamp, $1.offset) }
      .map(\.element)
    var names: [String: String] = [:]
    for event in sorted {
      if case .profileSettings(let name, _, _, _) = event.payload, let profile = event.profile { names[profile] = name }
    }
    func name(_ profile: String?) -> String { profile.map { names[$0] ?? $0 } ?? "" }
    func title(_ id: String) -> String { titleNames[id] ?? id }

    var tables = ExportWriterTables()
    // Sessions in which nothing was played: the app was opened and browsed.
    // The export has them only as page views (Clickstream.csv, with the
    // profile and the device), so that is where they go.
    var browsing: Set<String> = []
    var current: [String: String] = [:]
    for event in sorted {
      guard let profile = event.profile else { continue }
      if event.type == .sessionStart {
        current[profile] = event.id
        browsing.insert(event.id)
      } else if event.type == .playStart, let session = current[profile] {
        browsing.remove(session)
      }
    }
    var session: [String: (device: String, description: String, ip: IPAddress)] = [:]
    // Playbacks under way: the start, the session it started in, and the
    // last time and position seen (a playback the app never stopped is
    // written up to its last heartbeat).
    var starts: [String: OpenPlayback] = [:]
    var order: [String] = []
    func viewingRow(_ open: OpenPlayback, id: String, until end: Timestamp, position: Double) {
      let seconds = Double(end.secondsSinceEpoch - open.start.timestamp.secondsSinceEpoch)
      let bookmark = ExportDuration.format(position)
      tables.viewing.add([
        name(open.start.profile), ExportTimestamp.format(open.start.timestamp), ExportDuration.format(seconds), "",
        title(id), "", open.session?.description ?? "", bookmark, bookmark,
        open.session.flatMap { geoIP.lookup($0.ip)?.country } ?? "",
      ])
    }
    var devicesSeen: Set<String> = []
    var sentMessages: [String: Int] = [:]
    for event in sorted {
      let time = ExportTimestamp.format(event.timestamp)
      let who = name(event.profile)
      switch event.payload {
      case .profileSettings(let profileName, let kids, let language, let maturity):
        tables.profiles.add([profileName, time, MaturitySetting.written(maturity), language, kids ? "true" : "false"])
      case .accountCreated(let fullName, let email, let postal, let phone, _, _):
        tables.account.add([fullName, email, phone ?? "", postal ?? "", time])
      case .sessionStart(let device, let type, let os, _, let ip, _):
        let description = DeviceDescription.written(type: type, os: os, device: device)
        if let profile = event.profile { session[profile] = (device, description, ip) }
        if event.profile != nil, browsing.contains(event.id) {
          tables.clickstream.add([who, description, "browse", "", "https://www.netflix.com/browse", time])
        }
        let country = geoIP.lookup(ip)?.country ?? ""
        tables.streams.add([device, country, description, description, ip.description, geoIP.lookup(ip)?.region ?? "", time])
        if devicesSeen.insert(who + "\u{1}" + device).inserted {
          tables.devices.add([who, device, description, String(time.prefix(10))])
        }
      case .playStart(_, let playback, let position, _):
        starts[playback] = OpenPlayback(
          start: event, session: event.profile.flatMap { session[$0] }, last: event.timestamp, position: position)
        order.append(playback)
      case .heartbeat(_, let playback, let position), .pause(_, let playback, let position):
        starts[playback]?.last = event.timestamp
        starts[playback]?.position = position
      case .stop(let id, let playback, let position, _), .completion(let id, let playback, let position):
        guard let open = starts.removeValue(forKey: playback) else { continue }
        viewingRow(open, id: id, until: event.timestamp, position: position)
      case .search(let query, let clicked):
        tables.searches.add([who, "", session[event.profile ?? ""]?.description ?? "", "0", query,
                             clicked.map(title) ?? "", clicked == nil ? "" : "play", "", time])
      case .rating(let id, let rating):
        switch rating {
        case .stars(let value):
          tables.ratings.add([who, title(id), "star", String(value), "", "", time])
        case .thumbsDown, .thumbsUp, .twoThumbsUp:
          let value = rating == .thumbsDown ? "1" : rating == .thumbsUp ? "2" : "3"
          tables.ratings.add([who, title(id), "thumb", "", value, "", time])
        }
      case .listAdd(let id):
        tables.myList.add([who, title(id), "", ExportTimestamp.formatDate(event.timestamp)])
      case .interactiveChoice(let id, _, let point, let choice):
        tables.interactive.add([who, title(id), point, choice, time])
      case .notification(let channel, let action, let campaign, let id):
        let channelName = channel == .email ? "EMAIL" : channel == .push ? "PUSH" : "SMS"
        let key = "\(who)\u{1}\(campaign)\u{1}\(channelName)"
        switch action {
        case .sent:
          sentMessages[key] = tables.messages.rows.count
          tables.messages.add([who, time, campaign, channelName, id.map(title) ?? "", "0", ""])
        case .clicked:
          if let row = sentMessages[key] { tables.messages.setClick(row: row, time: time) }
        case .opened:
          break
        }
      case .customerServiceContact(let channel, let topic):
        tables.contacts.add([time, channel.rawValue, topic])
      case .gameActivity(let game, let action, let duration) where action == .launch:
        tables.games.add([who, game, time, duration.map(ExportDuration.format) ?? ""])
      default:
        break
      }
    }
    // Playbacks never stopped (the app was closed mid-title): up to the
    // last heartbeat, in the order they started.
    for playback in order {
      guard let open = starts.removeValue(forKey: playback), let id = open.start.payload.titleID else { continue }
      viewingRow(open, id: id, until: open.last, position: open.position)
    }
    return tables.all.map { $0.file(under: root) }
  }

  /// Writes the export as a ZIP file (entries under `netflix-export/`, as
  /// Netflix nests them under a folder), replacing any file there.
  ///
  /// - Throws: ``NetflixExportError/cannotWrite(path:reason:)``.
  public func writeZIP(events: [Event], to path: String) throws(NetflixExportError) {
    do {
      let data = try Self.zip(files(for: events))
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw .cannotWrite(path: path, reason: "\(error)")
    }
  }

  /// A ZIP archive (deflated entries) of files, in memory.
  public static func zip(_ files: [ExportFile], root: String = "netflix-export") throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for file in files {
      let bytes = Data(file.bytes)
      try archive.addEntry(
        with: root + "/" + file.path, type: .file, uncompressedSize: Int64(bytes.count),
        modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate
      ) { position, size in
        bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
      }
    }
    return archive.data ?? Data()
  }
}

/// The tables an export is written as, with Netflix's column names.
struct ExportWriterTables {
  var profiles = ExportTableWriter(
    .profiles, ["Profile Name", "Profile Creation Time", "Maturity Level", "Primary Lang", "Is Kids"])
  var account = ExportTableWriter(
    .accountDetails, ["First Name", "Email Address", "Phone Number", "Postal Code", "Customer Creation Timestamp"])
  var viewing = ExportTableWriter(
    .viewingActivity,
    ["Profile Name", "Start Time", "Duration", "Attributes", "Title", "Supplemental Video Type", "Device Type",
     "Bookmark", "Latest Bookmark", "Country"])
  var searches = ExportTableWriter(
    .searchHistory,
    ["Profile Name", "Country Iso Code", "Device", "Is Kids", "Query Typed", "Displayed Name", "Action", "Section",
     "Utc Timestamp"])
  var ratings = ExportTableWriter(
    .ratings, ["Profile Name", "Title Name", "Rating Type", "Star Value", "Thumbs Value", "Device Model", "Event Utc Ts"])
  var myList = ExportTableWriter(.myList, ["Profile Name", "Title Name", "Country", "Utc Title Add Date"])
  var interactive = ExportTableWriter(
    .interactiveTitles, ["Profile Name", "Title Desc", "Selection Type", "Choice Segment", "Utc Timestamp"])
  var devices = ExportTableWriter(.devices, ["Profile Name", "Esn", "Device Type", "Profile First Playback Date"])
  var streams = ExportTableWriter(
    .ipAddressesStreaming,
    ["Esn", "Country", "Localized Device Description", "Device Description", "Ip", "Region Code Display Name", "Ts"])
  var messages = ExportTableWriter(
    .messagesSentByNetflix,
    ["Profile Name", "Sent Utc Ts", "Message Name", "Channel", "Title Name", "Click Cnt", "Click Utc Ts"])
  var contacts = ExportTableWriter(.customerServiceContacts, ["Contact Start Utc Ts", "Contact Channel", "Contact Reason"])
  var games = ExportTableWriter(.gamePlaySessions, ["Profile Name", "Game Title", "Start Time", "Duration"])
  var clickstream = ExportTableWriter(
    .clickstream, ["Profile Name", "Source", "Navigation Level", "Referrer Url", "Webpage Url", "Click Utc Ts"])

  /// Every table, in layout order; empty ones too (Netflix writes the header of an empty file).
  var all: [ExportTableWriter] {
    [viewing, searches, ratings, myList, interactive, devices, streams, messages, profiles, account, contacts, games,
     clickstream]
      .sorted { $0.kind < $1.kind }
  }
}

extension ExportTableWriter {
  /// Marks a message row clicked.
  mutating func setClick(row: Int, time: String) {
    var fields = rows[row]
    fields[5] = String((Int(fields[5]) ?? 0) + 1)
    if fields[6].isEmpty { fields[6] = time }
    replace(row: row, with: fields)
  }
}

/// A playback the writer has seen start and not yet stop.
private struct OpenPlayback {
  /// Its `play_start`.
  let start: Event
  /// The session it started in: device, its description, address.
  let session: (device: String, description: String, ip: IPAddress)?
  /// The last time it was seen playing.
  var last: Timestamp
  /// The position then, in seconds.
  var position: Double
}
