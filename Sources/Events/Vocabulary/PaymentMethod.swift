/// How a member pays for the subscription, as given at sign-up.
public enum PaymentMethod: String, CaseIterable, Hashable, Sendable {
  /// A credit or debit card.
  case card = "card"
  /// A PayPal account.
  case paypal = "paypal"
  /// A prepaid gift card.
  case giftCard = "gift_card"
  /// Billing through a mobile or cable operator.
  case carrierBilling = "carrier_billing"
  /// A direct debit or bank transfer.
  case bankTransfer = "bank_transfer"
}
