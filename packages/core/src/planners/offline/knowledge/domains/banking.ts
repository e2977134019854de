import type { DomainKnowledge } from "../types.js";

/** Retail banking: accounts, card transactions, fraud and credit cards, and bank churn. */
export const banking: DomainKnowledge = {
  domain: "finance",
  words: ["bank", "banking", "transactions", "card transactions", "fraud", "credit card", "credit cards", "account holders", "fintech", "payments", "atm", "checking account", "savings account"],
  defaults: ["transaction id", "transaction datetime", "amount", "merchant category", "transaction channel", "card present", "international", "is fraud"],
  concepts: [
    {
      id: "account_number",
      names: ["account number", "account no", "acct number", "acct no", "bank account number"],
      shape: { kind: "faker", method: "finance.accountNumber" },
    },
    {
      id: "transaction_id",
      names: ["transaction id", "txn id", "trans id", "transaction number", "transaction ref", "transactionid", "txnid"],
      shape: { kind: "id", format: "pattern", pattern: "TXN-##########", unique: true },
    },
    {
      id: "bank_account_type",
      names: ["account type", "type of account", "acct type", "product type bank"],
      domains: ["finance"],
      shape: { kind: "category", values: ["Checking", "Savings", "Money Market", "Certificate of Deposit"], weights: [0.55, 0.33, 0.06, 0.06] },
    },
    {
      id: "account_balance",
      names: ["account balance", "balance", "current balance", "available balance", "bank balance", "acct balance", "savings balance"],
      domains: ["finance"],
      // Fed SCF 2022: median transaction-account balance $8,000, mean far higher (skewed).
      shape: { kind: "number", distribution: "lognormal", mean: 24000, sd: 52000, min: 0, max: 2500000, decimals: 2 },
      source: "Federal Reserve, Survey of Consumer Finances 2022 (median transaction accounts $8,000)",
      // A "balance" next to a credit limit is a card balance: it stays within the limit.
      relations: [{ kind: "bounds", atMost: ["credit_limit"] }],
    },
    {
      id: "transaction_amount",
      names: ["transaction amount", "txn amount", "amount spent", "purchase amount", "payment amount", "charge amount", "amt"],
      domains: ["finance", "retail"],
      // Card purchases: median about $30-40, long tail (Fed Payments Study: average card payment ~$50).
      shape: { kind: "number", distribution: "lognormal", mean: 68, sd: 140, min: 0.5, max: 25000, decimals: 2 },
      source: "Federal Reserve Payments Study 2022 (average card payment about $50)",
    },
    {
      id: "transaction_type",
      names: ["transaction type", "txn type", "type of transaction", "trans type"],
      domains: ["finance"],
      shape: { kind: "category", values: ["Purchase", "Withdrawal", "Deposit", "Transfer", "Bill Payment", "Refund"], weights: [0.62, 0.08, 0.1, 0.1, 0.07, 0.03] },
    },
    {
      id: "transaction_datetime",
      names: ["transaction datetime", "transaction time", "transaction timestamp", "txn time", "trans date time", "transaction date"],
      domains: ["finance", "retail"],
      shape: { kind: "datetime", from: "2022-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
    },
    {
      id: "transaction_hour",
      names: ["transaction hour", "hour of transaction", "txn hour", "hour of day", "hour"],
      domains: ["finance", "retail", "food", "telecom", "energy"],
      // Spending peaks late morning to early evening; few transactions 1-5 am.
      shape: { kind: "integer", distribution: "normal", mean: 14, sd: 4.8, min: 0, max: 23 },
    },
    {
      id: "merchant_category",
      names: ["merchant category", "merchant type", "mcc", "merchant category code", "spending category", "spend category", "merchant sector"],
      domains: ["finance", "retail"],
      shape: {
        kind: "category",
        values: ["Grocery", "Restaurants", "Gas Stations", "Online Retail", "Travel", "Entertainment", "Utilities", "Health", "Electronics", "Department Stores"],
        weights: [0.2, 0.17, 0.1, 0.17, 0.05, 0.07, 0.06, 0.06, 0.04, 0.08],
      },
    },
    {
      id: "merchant_name",
      names: ["merchant name", "merchant", "payee", "vendor name", "store merchant"],
      domains: ["finance", "retail"],
      shape: { kind: "faker", method: "company.name" },
    },
    {
      id: "transaction_channel",
      names: ["transaction channel", "channel", "payment channel", "entry mode", "pos entry mode", "online or in person", "in store or online"],
      domains: ["finance"],
      shape: { kind: "category", values: ["In-Store", "Online", "Mobile App", "ATM", "Phone"], weights: [0.52, 0.3, 0.12, 0.05, 0.01] },
    },
    {
      id: "card_present",
      names: ["card present", "card-present", "cp", "chip used", "card swiped", "card not present"],
      domains: ["finance", "retail"],
      shape: { kind: "boolean", probability: 0.62 },
    },
    {
      id: "is_international",
      names: ["international", "is international", "foreign transaction", "cross border", "cross-border", "overseas", "abroad"],
      domains: ["finance", "logistics", "telecom"],
      shape: { kind: "boolean", probability: 0.05 },
    },
    {
      id: "distance_from_home_km",
      names: ["distance from home", "distance from last transaction", "distance from home km", "km from home", "distance to home"],
      domains: ["finance"],
      shape: { kind: "number", distribution: "lognormal", mean: 18, sd: 60, min: 0, max: 10000, decimals: 1 },
      units: [{ words: ["miles", "mi"], shape: { kind: "number", distribution: "lognormal", mean: 11, sd: 37, min: 0, max: 6200, decimals: 1 } }],
    },
    {
      id: "is_fraud",
      names: ["is fraud", "fraud", "fraudulent", "fraud flag", "is fraudulent", "fraud label", "isfraud", "was fraud", "fraud yes/no"],
      domains: ["finance", "e-commerce", "insurance", "telecom"],
      outcome: true,
      // By count, card fraud is well under 1% (Kaggle ULB card data 0.17%; Nilson: 6.5c per $100 in 2023); 1% keeps a class to learn.
      shape: { kind: "boolean", probability: 0.01 },
      source: "Nilson Report 2024 (card fraud 6.5c per $100); ULB credit card fraud data (0.172% of transactions)",
      drivers: [
        { concept: "transaction_amount", weight: 1.1 },
        { concept: "amount", weight: 1.1 },
        { concept: "is_international", weight: 1.0 },
        { concept: "card_present", weight: -1.2 },
        { concept: "distance_from_home_km", weight: 0.8 },
        { concept: "transaction_channel", value: "Online", weight: 0.7 },
        { concept: "bank_account_age_days", weight: -0.6 },
        { concept: "failed_login_attempts", weight: 0.6 },
      ],
    },
    {
      id: "bank_account_age_days",
      names: ["account age", "account age days", "days since account opened", "account tenure days", "customer since days"],
      domains: ["finance", "markets", "e-commerce", "telecom"],
      shape: { kind: "integer", distribution: "lognormal", mean: 1100, sd: 1000, min: 0, max: 12000 },
      units: [
        { words: ["months", "mos"], shape: { kind: "integer", distribution: "lognormal", mean: 36, sd: 33, min: 0, max: 400 } },
        { words: ["years", "yrs"], shape: { kind: "number", distribution: "lognormal", mean: 3, sd: 2.7, min: 0, max: 33, decimals: 1 } },
      ],
    },
    {
      id: "failed_login_attempts",
      names: ["failed login attempts", "failed logins", "login failures", "failed attempts", "wrong pin attempts", "pin failures"],
      domains: ["finance", "e-commerce", "telecom"],
      shape: { kind: "integer", distribution: "exponential", mean: 0.3, min: 0, max: 20 },
    },
    {
      id: "card_network",
      names: ["card network", "card brand", "card type", "card scheme", "card issuer network", "network"],
      domains: ["finance", "e-commerce", "retail"],
      // US card purchase volume 2023: Visa ~52%, Mastercard ~24%, Amex ~19%, Discover ~5%.
      shape: { kind: "category", values: ["Visa", "Mastercard", "American Express", "Discover"], weights: [0.52, 0.24, 0.19, 0.05] },
      source: "Nilson Report 2024, US general-purpose card purchase volume by network",
    },
    {
      id: "card_number",
      names: ["card number", "credit card number", "cc number", "pan", "card no"],
      shape: { kind: "faker", method: "finance.creditCardNumber" },
    },
    {
      id: "credit_limit",
      names: ["credit limit", "card limit", "credit line", "limit", "limit bal", "credit limit amount"],
      domains: ["finance"],
      // US average card credit limit about $8,000-$30,000 total across cards; per card ~$6,000 (Experian/TransUnion).
      shape: { kind: "number", distribution: "lognormal", mean: 7500, sd: 6500, min: 300, max: 100000, decimals: 0 },
      source: "Experian, average credit card limits 2023",
    },
    {
      id: "card_balance",
      names: ["card balance", "credit card balance", "revolving balance", "outstanding balance", "statement balance", "revol bal", "bill amt"],
      domains: ["finance"],
      // US average card balance about $6,000 per cardholder (TransUnion 2024).
      shape: { kind: "number", distribution: "lognormal", mean: 4200, sd: 5000, min: 0, max: 100000, decimals: 2 },
      source: "TransUnion Credit Industry Insights Report 2024 (average balance per consumer ~$6,300)",
      relations: [{ kind: "bounds", atMost: ["credit_limit"] }],
    },
    {
      id: "credit_utilization",
      names: ["credit utilization", "credit utilisation", "utilization", "utilization rate", "revol util", "revolving utilization", "utilisation"],
      domains: ["finance"],
      // Average US revolving utilization about 29% (Experian 2023).
      shape: { kind: "number", distribution: "normal", mean: 30, sd: 22, min: 0, max: 100, decimals: 1 },
      units: [{ words: ["fraction", "ratio", "decimal"], shape: { kind: "number", distribution: "normal", mean: 0.3, sd: 0.22, min: 0, max: 1, decimals: 3 } }],
      source: "Experian State of Credit 2023 (average utilization 29%)",
      relations: [{ kind: "formula", expression: "round(100 * {card_balance} / {credit_limit}, 1)", decimals: 1, min: 0, max: 100 }],
    },
    {
      id: "number_of_credit_cards",
      names: ["number of credit cards", "credit cards held", "num credit cards", "cards owned", "number of cards"],
      domains: ["finance"],
      // Experian: US consumers hold 3.9 credit cards on average.
      shape: { kind: "integer", distribution: "poisson", mean: 3.9, min: 0, max: 25 },
      source: "Experian 2023 (average 3.84 credit cards per consumer)",
    },
    {
      id: "card_tier",
      names: ["card tier", "card level", "card product", "card category"],
      domains: ["finance"],
      shape: { kind: "category", values: ["Classic", "Gold", "Platinum", "Signature", "Infinite"], weights: [0.45, 0.25, 0.17, 0.09, 0.04] },
    },
    {
      id: "annual_fee",
      names: ["annual fee", "card annual fee", "yearly fee", "membership fee"],
      domains: ["finance", "insurance"],
      // Most US cards carry no annual fee; premium cards $95-$695.
      shape: { kind: "integer", distribution: "exponential", mean: 45, min: 0, max: 695 },
    },
    {
      id: "payment_late",
      names: ["payment late", "late payment", "missed payment", "paid late", "default next month", "payment default", "delinquent"],
      domains: ["finance"],
      outcome: true,
      // Taiwan credit card default data (UCI): 22% default next month; US 30+ day card delinquency ~3-4% (NY Fed).
      shape: { kind: "boolean", probability: 0.12 },
      source: "NY Fed Household Debt and Credit Report (card delinquency); UCI Default of Credit Card Clients (22%)",
      drivers: [
        { concept: "credit_utilization", weight: 1.1 },
        { concept: "credit_score", weight: -1.2 },
        { concept: "delinquencies_2y", weight: 0.8 },
        { concept: "annual_income", weight: -0.5 },
        { concept: "credit_limit", weight: -0.4 },
      ],
    },
    {
      id: "bank_tenure_years",
      names: ["tenure", "years with bank", "customer tenure", "years as customer", "relationship length"],
      domains: ["finance"],
      shape: { kind: "integer", distribution: "uniform", min: 0, max: 10 },
    },
    {
      id: "num_bank_products",
      names: ["number of products", "num of products", "products held", "numofproducts", "product count"],
      domains: ["finance"],
      shape: { kind: "integer", distribution: "exponential", mean: 1.6, min: 1, max: 4 },
    },
    {
      id: "is_active_member",
      names: ["is active member", "active member", "isactivemember", "active customer", "active account"],
      domains: ["finance", "telecom"],
      shape: { kind: "boolean", probability: 0.52 },
    },
    {
      id: "has_credit_card",
      names: ["has credit card", "has cr card", "hascrcard", "owns credit card", "credit card holder"],
      domains: ["finance"],
      shape: { kind: "boolean", probability: 0.7 },
    },
    {
      id: "bank_churn",
      names: ["exited", "churn", "churned", "closed account", "left the bank", "attrited", "attrition flag", "customer left"],
      domains: ["finance"],
      outcome: true,
      // Retail-bank attrition about 10-20% a year (the well-known bank churn data: 20%).
      shape: { kind: "boolean", probability: 0.18 },
      source: "J.D. Power U.S. Retail Banking Satisfaction Study (attrition); bank customer churn benchmark data (20%)",
      drivers: [
        { concept: "age", weight: 0.7 },
        { concept: "is_active_member", weight: -0.9 },
        { concept: "num_bank_products", weight: -0.6 },
        { concept: "bank_tenure_years", weight: -0.3 },
        { concept: "account_balance", weight: 0.3 },
        { concept: "credit_score", weight: -0.2 },
        { concept: "complaints_filed", weight: 0.8 },
      ],
    },
    {
      id: "complaints_filed",
      names: ["complaints", "complaints filed", "number of complaints", "complaint count", "complain"],
      domains: ["finance", "telecom", "insurance", "e-commerce"],
      shape: { kind: "integer", distribution: "exponential", mean: 0.3, min: 0, max: 12 },
    },
  ],
};
