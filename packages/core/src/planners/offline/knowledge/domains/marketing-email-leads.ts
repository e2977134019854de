import type { DomainKnowledge } from "../types.js";

/**
 * Email marketing (sends, open/click/unsubscribe rates, who opens) and lead funnels (sources, scores, stages, conversion).
 */
const MK = ["marketing", "e-commerce", "social media", "retail"] as const;

export const marketingEmailLeads: DomainKnowledge = {
  domain: "marketing",
  words: ["email marketing", "email campaigns", "newsletter", "subscribers list", "leads", "lead generation", "crm leads", "prospects", "sales funnel", "pipeline"],
  concepts: [
    {
      id: "emails_sent",
      names: ["emails sent", "sends", "recipients", "emails delivered", "list size", "send volume"],
      domains: [...MK],
      shape: { kind: "integer", distribution: "lognormal", mean: 25000, sd: 40000, min: 100, max: 2000000 },
    },
    {
      id: "email_opens_count",
      names: ["opens", "unique opens", "total opens", "open count", "number of opens"],
      domains: ["marketing"],
      source: "Mailchimp benchmarks: opens about 21% of delivered",
      shape: { kind: "integer", distribution: "lognormal", mean: 5200, sd: 9000, min: 0, max: 1500000 },
      relations: [{ kind: "formula", expression: "round({emails_sent} * clamp(normal(0.21, 0.07), 0.02, 0.7))", type: "integer" }],
    },
    {
      id: "unsubscribes",
      names: ["unsubscribes", "unsubscribe count", "opt outs", "unsubs"],
      domains: ["marketing"],
      shape: { kind: "integer", distribution: "lognormal", mean: 60, sd: 110, min: 0, max: 20000 },
      relations: [{ kind: "formula", expression: "round({emails_sent} * clamp(normal(0.0026, 0.0015), 0, 0.03))", type: "integer" }],
    },
    {
      id: "email_open_rate",
      names: ["open rate", "email open rate", "opens rate", "open percentage"],
      domains: [...MK],
      source: "Mailchimp Email Marketing Benchmarks: average open rate about 21%",
      shape: { kind: "number", distribution: "normal", mean: 0.21, sd: 0.07, min: 0.02, max: 0.7, decimals: 4 },
      units: [{ words: ["percent", "%", "pct"], shape: { kind: "number", distribution: "normal", mean: 21, sd: 7, min: 2, max: 70, decimals: 2 } }],
      relations: [{ kind: "formula", expression: "round({email_opens_count} / max(1, {emails_sent}), 4)", min: 0, max: 1 }],
    },
    {
      id: "email_click_rate",
      names: ["email click rate", "click rate", "email ctr", "click-to-open rate", "ctor"],
      domains: [...MK],
      source: "Mailchimp benchmarks: average click rate about 2.6%",
      shape: { kind: "number", distribution: "lognormal", mean: 0.026, sd: 0.015, min: 0.001, max: 0.25, decimals: 4 },
      units: [{ words: ["percent", "%", "pct"], shape: { kind: "number", distribution: "lognormal", mean: 2.6, sd: 1.5, min: 0.1, max: 25, decimals: 2 } }],
    },
    {
      id: "unsubscribe_rate",
      names: ["unsubscribe rate", "unsub rate", "opt out rate", "unsubscribes rate"],
      domains: [...MK],
      source: "Mailchimp benchmarks: average unsubscribe rate 0.26%",
      shape: { kind: "number", distribution: "lognormal", mean: 0.0026, sd: 0.002, min: 0, max: 0.03, decimals: 4 },
    },
    {
      id: "email_opened",
      names: ["email opened", "opened email", "opened", "did open", "open flag", "opened the email"],
      domains: [...MK],
      outcome: true,
      source: "Mailchimp benchmarks: about 21% of delivered emails are opened",
      shape: { kind: "boolean", probability: 0.22 },
      drivers: [
        { concept: "past_email_opens", weight: 1.2 },
        { concept: "personalized_subject", weight: 0.4 },
        { concept: "days_since_signup", weight: -0.4 },
        { concept: "subject_line_length", weight: -0.2 },
      ],
    },
    {
      id: "past_email_opens",
      names: ["past email opens", "previous opens", "opens last 90 days", "email opens", "emails opened", "historical opens"],
      domains: [...MK],
      shape: { kind: "integer", distribution: "exponential", mean: 4, min: 0, max: 90 },
    },
    {
      id: "personalized_subject",
      names: ["personalized subject", "personalised subject line", "personalization", "personalized", "first name in subject"],
      domains: [...MK],
      shape: { kind: "boolean", probability: 0.35 },
    },
    {
      id: "subject_line_length",
      names: ["subject line length", "subject length", "subject characters"],
      domains: [...MK],
      shape: { kind: "integer", distribution: "normal", mean: 44, sd: 14, min: 5, max: 120 },
    },
    {
      id: "days_since_signup",
      names: ["days since signup", "days since subscription", "subscriber age days", "list tenure days"],
      domains: [...MK],
      shape: { kind: "integer", distribution: "lognormal", mean: 420, sd: 380, min: 0, max: 3650 },
    },
    {
      id: "email_subject_line",
      names: ["email subject line", "subject line", "email subject", "subject"],
      domains: [...MK],
      shape: { kind: "text", style: "headline", maxWords: 12 },
      relations: [{ kind: "text", topicFrom: "campaign_name" }],
    },
    {
      id: "lead_id",
      names: ["lead id", "prospect id", "lead number", "leadid"],
      domains: [...MK],
      shape: { kind: "id", format: "pattern", pattern: "LEAD-######", unique: true },
    },
    {
      id: "lead_source",
      names: ["lead source", "lead origin", "source of lead", "how did you hear about us", "referral source"],
      domains: [...MK],
      source: "HubSpot State of Marketing 2024 (lead source mix)",
      shape: { kind: "category", values: ["Organic Search", "Paid Search", "Referral", "Social Media", "Email", "Events", "Direct", "Webinar"], weights: [0.24, 0.18, 0.12, 0.14, 0.1, 0.07, 0.1, 0.05] },
    },
    {
      id: "lead_score",
      names: ["lead score", "lead scoring", "mql score", "prospect score", "leadscore"],
      domains: [...MK],
      shape: { kind: "integer", distribution: "normal", mean: 48, sd: 20, min: 0, max: 100 },
    },
    {
      id: "lead_status",
      names: ["lead status", "lead stage", "funnel stage", "pipeline stage", "lifecycle stage"],
      domains: [...MK],
      shape: { kind: "category", values: ["New", "Contacted", "MQL", "SQL", "Opportunity", "Customer", "Unqualified"], weights: [0.25, 0.2, 0.15, 0.1, 0.08, 0.07, 0.15] },
    },
    {
      id: "demo_requested",
      names: ["demo requested", "requested demo", "booked demo", "demo booked", "demo scheduled", "asked for demo", "trial started"],
      domains: [...MK],
      shape: { kind: "boolean", probability: 0.15 },
    },
    {
      id: "lead_converted",
      names: ["converted", "lead converted", "did convert", "conversion", "became customer", "closed won", "is converted", "converted to customer", "signed up"],
      domains: [...MK],
      outcome: true,
      source: "B2B lead-to-customer rates about 2-10% (HubSpot, First Page Sage 2024)",
      shape: { kind: "boolean", probability: 0.1 },
      drivers: [
        { concept: "lead_score", weight: 1.3 },
        { concept: "demo_requested", weight: 1.0 },
        { concept: "past_email_opens", weight: 0.5 },
        { concept: "time_on_site_seconds", weight: 0.5 },
        { concept: "lead_source", value: "Referral", weight: 0.6 },
        { concept: "bounce_rate", weight: -0.4 },
        { concept: "bounced", weight: -1.2 },
      ],
    },
    {
      id: "nps_response",
      names: ["nps score", "likelihood to recommend", "nps", "net promoter score", "recommend score", "nps rating"],
      domains: [...MK, "hr", "telecom"],
      // A 0-10 answer; promoters (9-10) are often the largest group in B2C.
      source: "Reichheld 2003, The One Number You Need to Grow (0-10 scale)",
      shape: { kind: "integer", distribution: "normal", mean: 7.6, sd: 2.1, min: 0, max: 10 },
    },
    {
      id: "customer_acquisition_cost",
      names: ["customer acquisition cost", "cac", "acquisition cost", "cost to acquire"],
      domains: [...MK],
      source: "First Page Sage 2024 CAC benchmarks: B2C about $50-300",
      shape: { kind: "number", distribution: "lognormal", mean: 180, sd: 160, min: 5, max: 3000, decimals: 2 },
    },
  ],
};
