import { describe, expect, it } from "vitest";
import { suggestFilename } from "@synthdata/core";

describe("suggestFilename", () => {
  it("makes a lowercase slug with .csv", () => {
    expect(suggestFilename("Loan Applications (2024)")).toBe("loan-applications-2024.csv");
    expect(suggestFilename("Café clients: Zürich / Genève")).toBe("cafe-clients-zurich-geneve.csv");
  });

  it("is safe on Windows, macOS and Linux", () => {
    for (const title of ['a<b>c:d"e/f\\g|h?i*j', "CON", "nul", "...", "  ", "日本語", "../../etc/passwd", "com1"]) {
      const name = suggestFilename(title);
      expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.csv$/);
      expect(name.replace(/\.csv$/, "")).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    }
    expect(suggestFilename("日本語")).toBe("dataset.csv");
    expect(suggestFilename("CON")).toBe("con-data.csv");
  });

  it("keeps names to at most 60 characters, cut at a word", () => {
    const name = suggestFilename("customers of a very large online store with many many columns describing their purchases");
    expect(name.length).toBeLessThanOrEqual(60);
    expect(name).toMatch(/^customers-of-a-very-large-online-store-with-many-many\.csv$/);
  });
});
