import ArgumentParser
import Counterfactual
import Foundation

/// `glasshouse whatif`: what the platform would recommend and believe about
/// a profile had some of its events never been logged.
struct WhatIfCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whatif",
    abstract: "Show what changes in a profile's recommendations and inferences without some of its events.",
    discussion: """
      Opens a run folder (see `glasshouse explain --help`), takes away the \
      profile's events that a --without filter matches, and prints before | \
      after | changed? for the top recommendations (the remaining events \
      folded in against the platform's fixed title factors), the top genres \
      and every inference (rerun on the remaining events).

      A filter is clauses KEY=VALUE joined by commas; an event must meet all \
      of them (genre=Horror,type=play_start: plays of horror titles). \
      KEY=A|B accepts either value. Repeat --without to take away what any \
      of them matches. Keys: type (an event type such as search, \
      play_start, impression, or playback for every playback event), title \
      (id or exact name), genre, device (tv, phone, tablet, computer, \
      console, streaming_stick: events of sessions started on it), source \
      (provided, activity, device, communications, partner), after and \
      before (YYYY-MM-DD in UTC, or a timestamp). \
      Examples: --without genre=Horror; --without type=search; \
      --without device=tv,after=2025-01-20.

      Exit codes: 0 success; 64 bad usage; 65 not a run folder, unknown \
      profile, or a filter naming an unknown key, type, genre or title (the \
      message lists what exists).
      """)

  @OptionGroup var options: ExplainCommand.RunOptions

  @Option(help: "Events to take away: KEY=VALUE[,KEY=VALUE…] (repeatable; see above).")
  var without: [String] = []

  func validate() throws {
    if without.isEmpty { throw ValidationError("give at least one --without FILTER, e.g. --without genre=Horror") }
  }

  func run() throws {
    try reportingInputErrors {
      // The filters and the profile are checked before the replay.
      let prepared = try options.preflight()
      let catalog = prepared.catalog
      var filters: [EventFilter] = []
      for text in without {
        do throws(EventFilterError) {
          filters.append(try EventFilter(parsing: text, catalog: catalog))
        } catch {
          throw InputError(message: "--without \(text): \(error.description)")
        }
      }
      let state = try options.openForCommand(prepared)
      let comparison = CounterfactualComparison(
        state: state, profile: options.profileID, filters: filters, count: options.count)
      if options.format == .json { try JSONOutput.print(comparison) } else { print(comparison.text) }
    }
  }
}
