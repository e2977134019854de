import type { DomainKnowledge } from "../types.js";

/** Online payments (gateway risk scores, 3-D Secure, chargebacks) and crypto exchange accounts. */
export const paymentsCrypto: DomainKnowledge = {
  domain: "finance",
  words: ["payment gateway", "payment processor", "psp", "stripe", "adyen", "chargebacks", "crypto", "cryptocurrency", "crypto exchange", "bitcoin", "coinbase", "binance", "wallets"],
  concepts: [
    {
      id: "payment_risk_score",
      names: ["risk score", "fraud score", "risk rating", "radar score"],
      domains: ["finance", "e-commerce"],
      // Gateway risk scores (Stripe Radar 0-99) sit low for most payments; a thin high tail.
      source: "Stripe Radar documentation: risk score 0-99, 'elevated' from 65, 'highest' from 75",
      shape: { kind: "integer", distribution: "lognormal", mean: 22, sd: 18, min: 0, max: 99 },
    },
    {
      id: "three_ds_authenticated",
      names: ["3ds authenticated", "3ds", "3d secure", "3ds passed", "3-d secure", "strong customer authentication", "sca"],
      domains: ["finance", "e-commerce"],
      shape: { kind: "boolean", probability: 0.55 },
    },
    {
      id: "chargeback",
      names: ["chargeback", "charged back", "chargeback filed", "disputed", "dispute", "is chargeback"],
      domains: ["finance", "e-commerce"],
      outcome: true,
      // Card-not-present chargeback rates run about 0.5-1%; a dataset to learn from needs a few percent.
      source: "Visa / Mastercard monitoring thresholds (0.9% / 1.5%); Chargebacks911 industry rates ~0.6%",
      shape: { kind: "boolean", probability: 0.04 },
      drivers: [
        { concept: "payment_risk_score", weight: 1.2 },
        { concept: "three_ds_authenticated", weight: -1.6 },
        { concept: "amount", weight: 0.3 },
      ],
    },
    {
      id: "btc_balance",
      names: ["btc balance", "bitcoin balance", "btc held", "btc holdings", "btc"],
      // Most retail holders own a small fraction of a coin.
      source: "Glassnode / BitInfoCharts address distribution: most addresses hold under 0.1 BTC",
      shape: { kind: "number", distribution: "lognormal", mean: 0.25, sd: 0.9, min: 0, max: 500, decimals: 6 },
    },
    {
      id: "eth_balance",
      names: ["eth balance", "ether balance", "ethereum balance", "eth held", "eth holdings", "eth"],
      shape: { kind: "number", distribution: "lognormal", mean: 2.5, sd: 8, min: 0, max: 10000, decimals: 5 },
    },
    {
      id: "crypto_trade_count",
      names: ["trades", "number of trades", "trade count", "trades made", "trading activity"],
      domains: ["finance", "markets"],
      shape: { kind: "integer", distribution: "lognormal", mean: 9, sd: 18, min: 0, max: 5000 },
    },
    {
      id: "crypto_account_age_days",
      names: ["crypto account age", "exchange account age", "wallet age", "crypto account age days"],
      // Retail crypto exchanges opened from about 2012 (Coinbase); most accounts date from the 2017 and 2021 booms.
      source: "Coinbase S-1 (2021): most verified users joined in 2017 and 2020-21",
      shape: { kind: "integer", distribution: "lognormal", mean: 900, sd: 700, min: 0, max: 4700 },
      units: [
        { words: ["months", "mos"], shape: { kind: "integer", distribution: "lognormal", mean: 30, sd: 23, min: 0, max: 155 } },
        { words: ["in days", "days"], shape: { kind: "integer", distribution: "lognormal", mean: 900, sd: 700, min: 0, max: 4700 } },
      ],
    },
    {
      id: "uses_2fa",
      names: ["uses 2fa", "2fa", "2fa enabled", "two factor", "two factor enabled", "mfa enabled", "uses mfa", "has 2fa", "two-factor"],
      source: "Coinbase / exchange security reports: roughly half to two thirds of users turn 2FA on",
      shape: { kind: "boolean", probability: 0.62 },
    },
    {
      id: "account_hacked",
      names: ["account hacked", "hacked", "was hacked", "compromised", "account compromised", "account takeover", "ato"],
      outcome: true,
      shape: { kind: "boolean", probability: 0.04 },
      // Two-factor authentication blocks most account takeovers (Google/NYU 2019: SMS 2FA stops ~96% of bulk phishing).
      source: "Google Security Blog 2019, 'New research: how effective is basic account hygiene'",
      drivers: [
        { concept: "uses_2fa", weight: -1.6 },
        { concept: "btc_balance", weight: 0.3 },
        { concept: "crypto_account_age_days", weight: 0.2 },
      ],
    },
  ],
};
