import type { DomainKnowledge } from "../types.js";

/**
 * Software operations: API and server request logs (status codes, latency, payloads) and
 * support tickets (priority, response and resolution times, replies, CSAT).
 */
export const techOps: DomainKnowledge = {
  domain: "tech",
  words: ["api", "api requests", "request logs", "server logs", "web server", "access logs", "http requests", "saas", "support tickets", "helpdesk", "help desk", "zendesk", "service desk", "microservice", "endpoint"],
  concepts: [
    {
      id: "http_status_code",
      names: ["status code", "http status", "http status code", "response code", "http code", "status"],
      domains: ["tech"],
      // Healthy production APIs answer about 95-98% 2xx; 4xx a few percent, 5xx under 1%.
      source: "Cloudflare Radar / typical API monitoring dashboards: 2xx ~95%, 4xx ~4%, 5xx <1%",
      shape: { kind: "category", values: ["200", "201", "204", "301", "304", "400", "401", "403", "404", "429", "500", "502", "503", "504"], weights: [0.78, 0.06, 0.03, 0.01, 0.03, 0.02, 0.015, 0.008, 0.025, 0.006, 0.006, 0.003, 0.003, 0.004] },
    },
    {
      id: "http_method",
      names: ["http method", "request method", "method", "http verb", "verb"],
      domains: ["tech"],
      shape: { kind: "category", values: ["GET", "POST", "PUT", "DELETE", "PATCH"], weights: [0.68, 0.2, 0.05, 0.04, 0.03] },
    },
    {
      id: "api_endpoint",
      names: ["endpoint", "api endpoint", "route", "path", "url path", "request path", "uri"],
      domains: ["tech"],
      shape: { kind: "category", values: ["/api/v1/users", "/api/v1/orders", "/api/v1/products", "/api/v1/login", "/api/v1/search", "/api/v1/cart", "/api/v1/payments", "/api/v1/health"], weights: [0.18, 0.16, 0.17, 0.09, 0.14, 0.1, 0.06, 0.1] },
    },
    {
      id: "response_time_ms",
      names: ["response time", "latency", "request duration", "response latency", "elapsed time", "duration ms", "time taken"],
      domains: ["tech"],
      // Web API latency is right-skewed: a median of tens of ms with a tail into seconds.
      source: "typical API latency distributions (p50 ~50-150 ms, p99 ~1-2 s)",
      shape: { kind: "integer", distribution: "lognormal", mean: 180, sd: 260, min: 2, max: 30000 },
      units: [
        { words: ["seconds", "secs", "sec", "s"], shape: { kind: "number", distribution: "lognormal", mean: 0.18, sd: 0.26, min: 0.002, max: 30, decimals: 3 } },
        // A response in minutes is a person's (an ambulance, a fire crew, a support agent), not a server's.
        { words: ["minutes", "mins", "min"], shape: { kind: "number", distribution: "lognormal", mean: 9, sd: 5, min: 0.5, max: 120, decimals: 1 }, source: "NFPA 1710: fire engine travel time 4 minutes; US EMS median response about 7-8 minutes" },
        { words: ["hours", "hrs", "hr"], shape: { kind: "number", distribution: "lognormal", mean: 8, sd: 10, min: 0.1, max: 168, decimals: 1 }, source: "Zendesk benchmarks: median first reply time of several hours" },
      ],
    },
    {
      id: "payload_size_kb",
      names: ["payload size", "response size", "request size", "body size", "bytes sent", "payload"],
      domains: ["tech"],
      shape: { kind: "number", distribution: "lognormal", mean: 12, sd: 30, min: 0.1, max: 10000, decimals: 1 },
      units: [{ words: ["bytes", "b"], shape: { kind: "integer", distribution: "lognormal", mean: 12000, sd: 30000, min: 50, max: 10000000 } }],
    },
    {
      id: "request_is_error",
      names: ["is error", "error", "failed", "request failed", "error flag", "is failure", "failure"],
      domains: ["tech"],
      outcome: true,
      shape: { kind: "boolean", probability: 0.05 },
      // An error is a 4xx/5xx answer: the flag follows the status code (a formula, or as the target its drivers).
      relations: [{ kind: "formula", expression: "{http_status_code} == \"400\" or {http_status_code} == \"401\" or {http_status_code} == \"403\" or {http_status_code} == \"404\" or {http_status_code} == \"429\" or {http_status_code} == \"500\" or {http_status_code} == \"502\" or {http_status_code} == \"503\" or {http_status_code} == \"504\"", type: "boolean" }],
      drivers: [
        { concept: "http_status_code", value: "400", weight: 4 },
        { concept: "http_status_code", value: "401", weight: 4 },
        { concept: "http_status_code", value: "403", weight: 4 },
        { concept: "http_status_code", value: "404", weight: 4 },
        { concept: "http_status_code", value: "429", weight: 4 },
        { concept: "http_status_code", value: "500", weight: 4 },
        { concept: "http_status_code", value: "502", weight: 4 },
        { concept: "http_status_code", value: "503", weight: 4 },
        { concept: "http_status_code", value: "504", weight: 4 },
        { concept: "response_time_ms", weight: 0.4 },
      ],
    },
    {
      id: "cloud_region",
      names: ["region", "cloud region", "aws region", "datacenter", "data center", "availability zone"],
      domains: ["tech"],
      shape: { kind: "category", values: ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-northeast-1"], weights: [0.34, 0.18, 0.18, 0.12, 0.1, 0.08] },
    },
    {
      id: "ticket_priority",
      names: ["priority", "ticket priority", "severity", "urgency"],
      domains: ["tech"],
      shape: { kind: "category", values: ["low", "medium", "high", "urgent"], weights: [0.35, 0.4, 0.18, 0.07] },
    },
    {
      id: "ticket_opened_at",
      names: ["opened at", "created at", "opened", "ticket created", "submitted at", "reported at", "open date"],
      domains: ["tech"],
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
    },
    {
      id: "ticket_closed_at",
      names: ["closed at", "resolved at", "closed", "solved at", "close date", "resolution date"],
      domains: ["tech"],
      // Zendesk benchmark: median full resolution about a day; a tail of a week or more.
      source: "Zendesk Customer Experience Trends / benchmark: median resolution ~20-30 hours",
      shape: { kind: "datetime", from: "2023-01-01T00:00:00Z", to: "2024-12-31T23:59:59Z" },
      relations: [{ kind: "offset", of: ["ticket_opened_at"], direction: "after", unit: "hours", gap: { min: 0.2, max: 720, distribution: "lognormal", median: 22 } }],
    },
    {
      id: "first_response_hours",
      names: ["first response time", "time to first response", "first reply time", "response time hours", "first response"],
      domains: ["tech"],
      source: "Zendesk benchmark: median first reply a few hours by email, minutes by chat",
      shape: { kind: "number", distribution: "lognormal", mean: 6, sd: 9, min: 0, max: 240, decimals: 1 },
      units: [{ words: ["minutes", "mins", "min"], shape: { kind: "integer", distribution: "lognormal", mean: 360, sd: 540, min: 0, max: 14400 } }],
    },
    {
      id: "ticket_replies",
      names: ["number of replies", "replies", "reply count", "messages", "number of messages", "interactions", "touches", "back and forth"],
      domains: ["tech"],
      shape: { kind: "integer", distribution: "lognormal", mean: 4, sd: 3.5, min: 1, max: 60 },
    },
    {
      id: "support_channel",
      names: ["channel", "support channel", "contact channel", "source"],
      domains: ["tech"],
      shape: { kind: "category", values: ["email", "chat", "phone", "web form"], weights: [0.42, 0.3, 0.16, 0.12] },
    },
  ],
  links: [
    // Slow answers and long threads lower CSAT (Zendesk / Freshdesk benchmarks).
    { from: "first_response_hours", to: "satisfaction_score", weight: -0.6, source: "Zendesk benchmark: CSAT falls as first reply time grows" },
    { from: "ticket_replies", to: "satisfaction_score", weight: -0.3 },
    // Urgent tickets are answered first (SLA targets by priority).
    { from: "ticket_priority", value: "urgent", to: "first_response_hours", weight: -1.0 },
    { from: "ticket_priority", value: "high", to: "first_response_hours", weight: -0.5 },
    { from: "ticket_replies", to: "ticket_closed_at", weight: 0.5 },
    // Large payloads take longer to send.
    { from: "payload_size_kb", to: "response_time_ms", weight: 0.4 },
  ],
};
