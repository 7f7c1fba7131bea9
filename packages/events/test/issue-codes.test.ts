import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEvent, EventValidationError, issueCodes, parseEvent } from "../src/index.js";
import { canonicalExample, loadFixtures } from "./helpers.js";

const warningsOf = (value: unknown) => {
  const result = parseEvent(value);
  if (result.kind !== "dialogporten") throw new Error(JSON.stringify(result));
  return result.warnings;
};

describe("issues carry a stable code", () => {
  it("names each documented quirk and says what the canonical form is", () => {
    const event: Record<string, unknown> = {
      ...canonicalExample("dialogporten.dialog.activity.signature-provided.v1"),
      subject: "urn:altinn:organization:identifier-no::991825827",
      id: "645CC96E-B9A6-4E04-8CB3-873A6B8163C5",
      time: "2025-02-19T09:00:06.4014168+01:00",
    };
    event.source = String(event.source).replace("/dialogporten/api/", "/dialogporten.no/api/");
    const warnings = warningsOf(event);
    expect(warnings.map((w) => [w.pointer, w.code])).toEqual([
      ["/id", "uuid-upper-case"],
      ["/time", "time-not-canonical"],
      ["/subject", "subject-double-colon"],
      ["/source", "source-dialogporten-no"],
    ]);
    const byCode = Object.fromEntries(warnings.map((w) => [w.code, w.message]));
    expect(byCode["subject-double-colon"]).toContain("urn:altinn:organization:identifier-no:991825827");
    expect(byCode["uuid-upper-case"]).toContain("645cc96e-b9a6-4e04-8cb3-873a6b8163c5");
    expect(byCode["time-not-canonical"]).toContain("2025-02-19T08:00:06.4014168Z");
    expect(byCode["source-dialogporten-no"]).toContain("/dialogporten/api/v1/enduser/dialogs/");
    for (const message of Object.values(byCode)) expect(message).not.toMatch(/wrong/i);
  });

  it("names the missing senderType and the unknown data field", () => {
    const transmission = canonicalExample("dialogporten.dialog.transmission.created.v1") as {
      data: Record<string, unknown>;
    };
    delete transmission.data.senderType;
    transmission.data.extra = 1;
    expect(warningsOf(transmission).map((w) => [w.pointer, w.code])).toEqual([
      ["/data/senderType", "sender-type-missing"],
      ["/data/extra", "unknown-field"],
    ]);
  });

  it("gives every issue of every fixture a known code", () => {
    const known = new Set<string>(issueCodes);
    for (const f of loadFixtures()) {
      for (const mode of ["strict", "tolerant"] as const) {
        const result = parseEvent(f.text, { mode });
        const issues = result.kind === "error" ? result.issues : result.warnings;
        for (const issue of issues) expect(known.has(issue.code), `${f.name}: ${issue.code}`).toBe(true);
      }
    }
    for (const input of ["{", "[]"]) {
      const result = parseEvent(input);
      expect(result.kind === "error" && result.issues.map((i) => i.code)).toEqual([
        input === "{" ? "malformed-json" : "not-an-object",
      ]);
    }
  });

  it("EventValidationError lists the codes", () => {
    try {
      createEvent("dialogporten.dialog.created.v1", {
        resource: "x",
        resourceinstance: "not-a-uuid",
        subject: "urn:altinn:organization:identifier-no:991825827",
      });
      throw new Error("no error");
    } catch (error) {
      expect(error).toBeInstanceOf(EventValidationError);
      const issues = (error as EventValidationError).issues;
      expect(issues.map((i) => i.code)).toContain("invalid-form");
      expect((error as Error).message).toMatch(/^ {2}\/resourceinstance: .+ \(invalid-form\)$/m);
    }
  });

  it("documents every code in the package README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const code of issueCodes) expect(readme, code).toMatch(new RegExp(`\\| \`${code}\` +\\|`));
  });
});

describe("time-not-canonical", () => {
  // The conversion as it was first written, with a Date: the message must name the same instant.
  const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?(?:[Zz]|([+-])(\d\d):?(\d\d)?)$/;
  function viaDate(value: string): string {
    const [, y, mo, d, h, mi, s, fraction = "", sign, oh = "0", om = "0"] = RFC3339.exec(
      value,
    ) as unknown as string[];
    const offset = (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
    const ms =
      Date.UTC(
        +(y as string),
        +(mo as string) - 1,
        +(d as string),
        +(h as string),
        +(mi as string),
        +(s as string),
      ) - (sign ? offset : 0);
    return `${new Date(ms).toISOString().slice(0, 19)}${fraction.slice(0, 8)}Z`;
  }

  it("names the same instant as a Date does, across days, months, years and offsets", () => {
    const base = canonicalExample("dialogporten.dialog.activity.signature-provided.v1");
    const dates = [
      "2025-02-19",
      "2024-02-29",
      "2025-03-01",
      "2025-12-31",
      "2026-01-01",
      "0099-12-31",
      "0100-01-01",
      "9999-12-31",
      "0000-01-01",
    ];
    const clocks = ["00:00:00", "00:29:59", "12:34:56", "23:30:00", "23:59:59"];
    const zones = [
      "Z",
      "z",
      "+00:00",
      "-00:00",
      "+01:00",
      "-01:00",
      "+05:30",
      "-09:45",
      "+23:59",
      "-23:59",
      "+0100",
    ];
    const fractions = ["", ".1", ".4014168", ".40141689"];
    let checked = 0;
    for (const date of dates)
      for (const clock of clocks)
        for (const zone of zones)
          for (const [i, fraction] of fractions.entries()) {
            const time = `${date}${i === 3 ? " " : "T"}${clock}${fraction}${zone}`;
            const result = parseEvent({ ...base, time }, { mode: "strict" });
            if (result.kind !== "error") continue; // already canonical
            const issue = result.issues.find((x) => x.code === "time-not-canonical");
            expect(issue, time).toBeDefined();
            expect(issue?.message, time).toContain(`: ${viaDate(time)}`);
            checked++;
          }
    expect(checked).toBeGreaterThan(1500);
  });
});
