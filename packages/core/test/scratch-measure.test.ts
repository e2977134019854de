import { it } from "vitest";
import { generateRecords, spec } from "./helpers.js";
import Sentiment from "sentiment";

it("measure", async () => {
  const sc = new Sentiment();
  for (const style of ["review", "comment", "feedback", "social_post", "message", "headline", "complaint", "support_ticket"]) {
    const t0 = performance.now();
    const rows = await generateRecords(spec([{ name: "rating", kind: "integer", min: 1, max: 5 }, { name: "t", kind: "text", style, sentimentFrom: "rating" }]), 20000, 5);
    const ms = performance.now() - t0;
    const ok = [0, 0, 0, 0, 0, 0], n = [0, 0, 0, 0, 0, 0];
    const bad: string[] = [];
    for (const r of rows) {
      const k = Number(r.rating); const a = sc.analyze(r.t!);
      const agree = k >= 4 ? a.score > 0 : k <= 2 ? a.score < 0 : a.positive.length > 0 && a.negative.length > 0;
      n[k]!++; if (agree) ok[k]!++; else if (bad.length < 6) bad.push(`${k} ${a.score} ${r.t}`);
    }
    const first5 = new Map<string, number>();
    const sample = rows.slice(0, 1000).map((r) => r.t!);
    for (const t of sample) { const k = t.split(" ").slice(0, 5).join(" "); first5.set(k, (first5.get(k) ?? 0) + 1); }
    const shared = sample.filter((t) => first5.get(t.split(" ").slice(0, 5).join(" "))! > 1).length / 1000;
    console.log(style, "agree", ok.slice(1).map((o, i) => (o / n[i + 1]!).toFixed(3)).join(" "), "total", (ok.reduce((a, b) => a + b) / rows.length).toFixed(3),
      "distinct1k", new Set(sample).size / 1000, "distinct20k", new Set(rows.map((r) => r.t)).size / 20000, "shared5", shared, `${ms.toFixed(0)}ms`);
    for (const b of bad) console.log("   ", b);
  }
}, 120000);
