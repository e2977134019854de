import type { DomainKnowledge } from "../types.js";

/** Telecom subscribers: plans, contracts, charges, data and call usage, and churn. */
export const telecom: DomainKnowledge = {
  domain: "telecom",
  words: ["telecom", "telco", "mobile operator", "carrier subscribers", "subscribers", "cell phone plans", "wireless", "isp", "broadband", "mobile plans", "verizon", "at&t", "t-mobile"],
  defaults: ["customer id", "plan type", "contract", "tenure months", "monthly charges", "total charges", "data usage gb", "call minutes", "support calls", "churn"],
  concepts: [
    {
      id: "subscriber_id",
      names: ["subscriber id", "account id", "msisdn", "line id", "subscriber number"],
      domains: ["telecom"],
      shape: { kind: "id", format: "pattern", pattern: "SUB-########", unique: true },
    },
    {
      id: "mobile_plan",
      names: ["plan", "plan type", "plan name", "mobile plan", "rate plan", "subscription plan", "package", "tariff plan mobile"],
      domains: ["telecom"],
      shape: { kind: "category", values: ["Basic 5GB", "Standard 15GB", "Unlimited", "Unlimited Premium", "Family Share"], weights: [0.14, 0.22, 0.34, 0.14, 0.16] },
    },
    {
      id: "contract_type",
      names: ["contract", "contract type", "contract length", "contract term", "billing term", "commitment"],
      domains: ["telecom", "energy", "insurance"],
      // IBM Telco churn sample: month-to-month 55%, one year 21%, two year 24%.
      shape: { kind: "category", values: ["Month-to-month", "One year", "Two year"], weights: [0.55, 0.21, 0.24] },
      source: "IBM Telco Customer Churn sample data (contract mix)",
    },
    {
      id: "telecom_tenure_months",
      names: ["tenure", "tenure months", "months with company", "months subscribed", "customer tenure", "months as customer", "account length", "tenure in months"],
      domains: ["telecom"],
      // IBM Telco sample: 0-72 months, bimodal at new and long-standing customers.
      shape: { kind: "integer", distribution: "uniform", min: 0, max: 72 },
      units: [{ words: ["years", "yrs"], shape: { kind: "number", distribution: "uniform", min: 0, max: 6, decimals: 1 } }],
      source: "IBM Telco Customer Churn sample data (tenure 0-72 months)",
    },
    {
      id: "monthly_charges",
      names: ["monthly charges", "monthly charge", "monthly bill", "monthly fee", "monthly cost", "arpu", "monthly spend", "bill per month", "monthly recurring charge"],
      domains: ["telecom"],
      // US postpaid phone ARPU ~$50-60 a line; IBM Telco sample $18-119, mean $65.
      shape: { kind: "number", distribution: "normal", mean: 65, sd: 28, min: 18, max: 160, decimals: 2 },
      source: "Verizon/T-Mobile 2024 filings (postpaid phone ARPU ~$50-56); IBM Telco sample",
      relations: [
        {
          kind: "conditional",
          on: "mobile_plan",
          cases: [
            { value: "Basic 5GB", mean: 30, sd: 6, min: 15, max: 50 },
            { value: "Standard 15GB", mean: 48, sd: 8, min: 30, max: 70 },
            { value: "Unlimited", mean: 68, sd: 9, min: 50, max: 95 },
            { value: "Unlimited Premium", mean: 88, sd: 10, min: 70, max: 120 },
            { value: "Family Share", mean: 130, sd: 25, min: 80, max: 160 },
          ],
        },
      ],
    },
    {
      id: "total_charges",
      names: ["total charges", "total billed", "lifetime charges", "total revenue", "total paid", "cumulative charges"],
      domains: ["telecom"],
      shape: { kind: "number", distribution: "lognormal", mean: 2300, sd: 2200, min: 18, max: 12000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({monthly_charges} * max({telecom_tenure_months}, 1) * normal(1, 0.02), 2)", decimals: 2 }],
    },
    {
      id: "data_usage_gb",
      names: ["data usage", "data used", "data usage gb", "gb used", "monthly data", "mobile data", "data consumption", "data"],
      domains: ["telecom"],
      // Ericsson Mobility Report: North America ~19-21 GB per smartphone a month (2024).
      shape: { kind: "number", distribution: "lognormal", mean: 20, sd: 16, min: 0, max: 300, decimals: 2 },
      units: [{ words: ["mb", "megabytes"], shape: { kind: "integer", distribution: "lognormal", mean: 20000, sd: 16000, min: 0, max: 300000 } }],
      source: "Ericsson Mobility Report 2024 (North America ~20 GB/smartphone/month)",
      // Capped plans stay under their allowance; unlimited lines use more.
      relations: [
        {
          kind: "conditional",
          on: "mobile_plan",
          cases: [
            { value: "Basic 5GB", mean: 3.4, sd: 1.2, min: 0, max: 5 },
            { value: "Standard 15GB", mean: 9.5, sd: 3.5, min: 0, max: 15 },
            { value: "Unlimited", mean: 26, sd: 16, min: 0, max: 250 },
            { value: "Unlimited Premium", mean: 38, sd: 22, min: 0, max: 300 },
            { value: "Family Share", mean: 45, sd: 25, min: 2, max: 300 },
          ],
        },
      ],
    },
    {
      id: "call_minutes",
      names: ["call minutes", "minutes used", "voice minutes", "talk time", "minutes of calls", "total day minutes", "call duration", "minutes"],
      domains: ["telecom"],
      shape: { kind: "number", distribution: "lognormal", mean: 380, sd: 260, min: 0, max: 3000, decimals: 1 },
      units: [{ words: ["hours", "hrs"], shape: { kind: "number", distribution: "lognormal", mean: 6.3, sd: 4.3, min: 0, max: 50, decimals: 1 } }],
    },
    {
      id: "sms_count",
      names: ["sms", "sms count", "texts sent", "messages sent", "number of texts", "text messages"],
      domains: ["telecom"],
      shape: { kind: "integer", distribution: "lognormal", mean: 220, sd: 260, min: 0, max: 5000 },
    },
    {
      id: "support_calls",
      names: ["support calls", "customer service calls", "number of support calls", "calls to support", "customer service calls count", "care calls", "service calls"],
      domains: ["telecom", "finance", "e-commerce", "energy"],
      shape: { kind: "integer", distribution: "poisson", mean: 1.6, min: 0, max: 15 },
    },
    {
      id: "dropped_calls",
      names: ["dropped calls", "call drops", "dropped call count", "failed calls"],
      domains: ["telecom"],
      shape: { kind: "integer", distribution: "poisson", mean: 2, min: 0, max: 60 },
    },
    {
      id: "internet_service",
      names: ["internet service", "internet type", "broadband type", "connection type", "internet"],
      domains: ["telecom"],
      // IBM Telco sample: fiber 44%, DSL 34%, none 22%.
      shape: { kind: "category", values: ["Fiber optic", "DSL", "Cable", "None"], weights: [0.38, 0.2, 0.24, 0.18] },
      source: "IBM Telco Customer Churn sample data; FCC broadband deployment data",
    },
    {
      id: "network_type",
      names: ["network type", "network generation", "network", "technology", "5g or 4g"],
      domains: ["telecom"],
      shape: { kind: "category", values: ["5G", "4G LTE", "3G"], weights: [0.62, 0.36, 0.02] },
    },
    {
      id: "paperless_billing",
      names: ["paperless billing", "e-billing", "paperless", "ebill"],
      domains: ["telecom", "energy", "finance"],
      shape: { kind: "boolean", probability: 0.59 },
    },
    {
      id: "autopay",
      names: ["autopay", "auto pay", "automatic payment", "auto-pay", "direct debit"],
      domains: ["telecom", "energy", "finance", "insurance"],
      shape: { kind: "boolean", probability: 0.55 },
    },
    {
      id: "telecom_payment_method",
      names: ["payment method", "payment type", "billing method", "pay method"],
      domains: ["telecom"],
      // IBM Telco sample: electronic check ~34%, mailed check ~23%, bank transfer ~22%, card ~22%.
      shape: { kind: "category", values: ["Electronic check", "Mailed check", "Bank transfer (automatic)", "Credit card (automatic)"], weights: [0.34, 0.23, 0.22, 0.21] },
      source: "IBM Telco Customer Churn sample data (PaymentMethod)",
    },
    {
      id: "device_brand",
      names: ["device brand", "phone brand", "handset", "handset brand", "phone make", "phone"],
      domains: ["telecom"],
      // US smartphone share: Apple ~57%, Samsung ~23%, Google, Motorola (Counterpoint 2024).
      shape: { kind: "category", values: ["Apple", "Samsung", "Google", "Motorola", "OnePlus", "Other"], weights: [0.57, 0.23, 0.06, 0.08, 0.02, 0.04] },
      source: "Counterpoint Research, US smartphone market share 2024",
    },
    {
      id: "has_international_plan",
      names: ["international plan", "has international plan", "intl plan", "roaming plan"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.1 },
    },
    {
      id: "is_senior_citizen",
      names: ["senior citizen", "is senior", "seniorcitizen", "senior"],
      domains: ["telecom", "finance", "insurance"],
      shape: { kind: "boolean", probability: 0.16 },
      source: "IBM Telco Customer Churn sample data (16% senior citizens)",
    },
    {
      id: "phone_service",
      names: ["phone service", "has phone service", "phoneservice"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.9 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "multiple_lines",
      names: ["multiple lines", "multiplelines", "multi line"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.42 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "online_security",
      names: ["online security", "onlinesecurity", "security add-on"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.29 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "online_backup",
      names: ["online backup", "onlinebackup", "cloud backup"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.34 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "device_protection",
      names: ["device protection", "deviceprotection", "device insurance"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.34 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "tech_support",
      names: ["tech support", "techsupport", "technical support", "tech support plan"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.29 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "streaming_tv",
      names: ["streaming tv", "streamingtv", "tv streaming"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.38 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "streaming_movies",
      names: ["streaming movies", "streamingmovies", "movie streaming"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.39 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "has_partner",
      names: ["partner", "has partner", "married or partner"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.48 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "has_dependents",
      names: ["dependents", "has dependents", "dependants"],
      domains: ["telecom"],
      shape: { kind: "boolean", probability: 0.3 },
      source: "IBM Telco Customer Churn sample data (share with the service)",
    },
    {
      id: "telecom_churn",
      names: ["churn", "churned", "has churned", "cancelled service", "churn flag", "churn yes/no", "customer churned", "will churn", "switched provider"],
      domains: ["telecom"],
      outcome: true,
      // Postpaid phone churn ~0.8-1% a month (~10%/yr); IBM Telco sample 26.5%.
      shape: { kind: "boolean", probability: 0.22 },
      source: "Verizon/AT&T 2024 filings (postpaid phone churn ~0.8-0.9%/month); IBM Telco sample (26.5%)",
      drivers: [
        { concept: "contract_type", value: "Month-to-month", weight: 1.2 },
        { concept: "telecom_tenure_months", weight: -1.0 },
        { concept: "monthly_charges", weight: 0.6 },
        { concept: "support_calls", weight: 0.8 },
        { concept: "dropped_calls", weight: 0.4 },
        { concept: "internet_service", value: "Fiber optic", weight: 0.4 },
        { concept: "autopay", weight: -0.4 },
        { concept: "is_senior_citizen", weight: 0.2 },
        { concept: "tech_support", weight: -0.5 },
        { concept: "online_security", weight: -0.5 },
        { concept: "has_dependents", weight: -0.3 },
      ],
    },
  ],
};
