/// The kind of partner or other source a record comes from.
public enum PartnerKind: String, CaseIterable, Hashable, Sendable {
  /// An internet service provider bundling the service.
  case isp = "isp"
  /// A TV or device manufacturer.
  case deviceMaker = "device_maker"
  /// A payment provider.
  case paymentProvider = "payment_provider"
  /// A data broker selling profiles.
  case dataBroker = "data_broker"
}
