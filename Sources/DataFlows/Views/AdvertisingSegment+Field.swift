import Inference
import Scenarios

extension AdvertisingSegment {
  /// The contract field a segment falls under: demographic segments under
  /// `demographics`, places and travel (read from IP addresses) under
  /// `region`, device purchase intent under `device_type`, every interest
  /// read from viewing under `segments`.
  public var field: DataField {
    if name.hasPrefix("Demographic > Age Range") || name.hasPrefix("Demographic > Gender") {
      return .demographics
    }
    if name.hasPrefix("Demographic > Geographic") || name.hasSuffix("Travel")
      || name.hasSuffix("Travel and Tourism")
    {
      return .region
    }
    if name.hasPrefix("Purchase Intent > Consumer Electronics") { return .deviceType }
    return .segments
  }
}
