// The built site as files: every page there, every link and asset resolving, nothing from another host,
// and the pages saying what the schemas say.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix, relative } from "node:path";
import { dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE, validateEvent } from "dialogporten-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caveats } from "../src/content/caveats.js";
import { contentSecurityPolicy } from "../src/render/layout.js";
import { typePagePath } from "../src/render/paths.js";
import { buildTemporarySite } from "./built-site.js";
import { attribute, type Element, elements, parseFile, textOf } from "./html.js";

const require = createRequire(import.meta.url);
const allTypes = [...dialogportenEventTypes, SUBSCRIPTION_VALIDATION_TYPE];

let site: Awaited<ReturnType<typeof buildTemporarySite>>;
beforeAll(async () => {
  site = await buildTemporarySite();
});
afterAll(() => site?.remove());

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => name.split("\\").join("/"))
    .filter((name) => statSync(join(dir, name)).isFile());
}

function page(path: string) {
  const document = parseFile(join(site.dir, path));
  return { document, all: elements(document) };
}

/** Every URL a page refers to, with the element it stands on. */
function references(all: Element[]): { element: Element; url: string }[] {
  const names = ["href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "background"];
  return all.flatMap((element) =>
    names.flatMap((name) => {
      const url = attribute(element, name);
      return url === undefined ? [] : [{ element, url }];
    }),
  );
}

describe("pages", () => {
  it("writes the index and one page per event type: 23 Dialogporten types and the validation event", () => {
    expect(dialogportenEventTypes).toHaveLength(23);
    const expected = ["index.html", ...allTypes.map(typePagePath)].sort();
    expect(site.pages.slice().sort()).toEqual(expected);
    expect(
      filesUnder(site.dir)
        .filter((file) => file.endsWith(".html"))
        .sort(),
    ).toEqual(expected);
    const index = page("index.html");
    const listed = index.all.filter((element) => attribute(element, "data-filter-text") !== undefined);
    expect(listed).toHaveLength(allTypes.length);
  });

  it("titles each type page with its type and names its TypeScript type", () => {
    for (const entry of site.entries) {
      const { all } = page(typePagePath(entry.type));
      const title = all.find((element) => element.tagName === "title");
      expect(title && textOf(title)).toContain(entry.type);
      const facts = all.find((element) => attribute(element, "class") === "facts");
      expect(facts && textOf(facts)).toContain(
        `import type { ${entry.typeScriptName} } from "dialogporten-events";`,
      );
    }
    const created = site.entries.find((entry) => entry.type === "dialogporten.dialog.created.v1");
    expect(created?.typeScriptName).toBe("DialogCreatedV1Event");
    const validation = site.entries.find((entry) => entry.type === SUBSCRIPTION_VALIDATION_TYPE);
    expect(validation?.typeScriptName).toBe("SubscriptionValidationEvent");
  });

  it("shows each example event as delivered: valid in strict mode, every attribute in the table", () => {
    for (const entry of site.entries) {
      const { all } = page(typePagePath(entry.type));
      const code = all.find((element) => attribute(element, "id") === "example-1");
      expect(code, entry.type).toBeDefined();
      const shown: unknown = JSON.parse(textOf(code as Element));
      expect(shown).toEqual(entry.examples[0]);
      expect(validateEvent(shown, { mode: "strict" }).kind, entry.type).not.toBe("error");
      const button = all.find((element) => attribute(element, "data-copy") === "example-1");
      expect(button?.tagName).toBe("button");
      const rows = all
        .map((element) => attribute(element, "id"))
        .filter((id): id is string => id?.startsWith("attr-") ?? false)
        .map((id) => id.slice("attr-".length));
      for (const name of Object.keys(shown as object)) expect(rows, `${entry.type} ${name}`).toContain(name);
      const data = (shown as { data?: object }).data;
      for (const name of Object.keys(data ?? {}))
        expect(all.some((e) => attribute(e, "id") === `data-${name}`)).toBe(true);
    }
  });

  it("says where receivers accept more than producers may send", () => {
    const transmission = site.entries.find(
      (entry) => entry.type === "dialogporten.dialog.transmission.created.v1",
    );
    const senderType = transmission?.data?.fields.find((field) => field.name === "senderType");
    expect(senderType).toMatchObject({ required: true, requiredByReceivers: false });
    const subject = transmission?.attributes.find((field) => field.name === "subject");
    expect(subject?.tolerant?.description.join(" ")).toContain("double colon");
    const contentType = transmission?.attributes.find((field) => field.name === "datacontenttype");
    expect(contentType?.canonical.rules).toEqual(['Always `"application/json"`.']);
    expect(contentType?.tolerant?.rules).toEqual(["Any string."]);
    const specversion = transmission?.attributes.find((field) => field.name === "specversion");
    expect(specversion?.tolerant).toBeUndefined();
    const created = site.entries.find((entry) => entry.type === "dialogporten.dialog.created.v1");
    expect(created?.data?.rules).toEqual([
      "Never empty (left out rather than sent as `{}`).",
      "No other fields.",
    ]);
    expect(created?.data?.tolerantRules).toEqual([
      "Not checked: never empty (left out rather than sent as `{}`).",
      "Other fields may appear: the producer adds fields within a version; ignore what you do not know.",
    ]);
  });

  it("puts each caveat of the overview on the pages it applies to, and only there", () => {
    const text = (type: string) => textOf(page(typePagePath(type)).document);
    for (const caveat of caveats) {
      for (const entry of site.entries) {
        const shown = page(typePagePath(entry.type)).all.some(
          (element) => attribute(element, "id") === caveat.id,
        );
        expect(shown, `${caveat.id} on ${entry.type}`).toBe(caveat.appliesTo(entry.type, entry.group));
      }
    }
    expect(text("dialogporten.dialog.created.v1")).toContain("identifier-no::991825827");
    expect(text("dialogporten.dialog.updated.v1")).toContain("isSilentUpdate=true");
    expect(text("dialogporten.dialog.seen.v1")).not.toContain("isSilentUpdate=true");
    expect(text(SUBSCRIPTION_VALIDATION_TYPE)).not.toContain("identifier-no::");
  });

  it("copies both shipped schemas of each type next to its page, byte for byte in content", () => {
    for (const type of allTypes) {
      for (const mode of ["strict", "tolerant"] as const) {
        const shipped = JSON.parse(
          readFileSync(require.resolve(`dialogporten-events/schemas/${mode}/${type}.schema.json`), "utf8"),
        );
        const copied = JSON.parse(
          readFileSync(join(site.dir, "schemas", mode, `${type}.schema.json`), "utf8"),
        );
        expect(copied).toEqual(shipped);
      }
    }
  });
});

describe("links and assets", () => {
  it("every internal link, script, style sheet and image resolves, fragments included", () => {
    const checked: string[] = [];
    for (const path of site.pages) {
      const { all } = page(path);
      for (const { element, url } of references(all)) {
        if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) continue; // outside links: the next test
        const [file = "", fragment] = url.split("#");
        const target = file === "" ? path : posix.normalize(posix.join(posix.dirname(path), file));
        const where = `${path}: <${element.tagName}> ${url}`;
        expect(target.startsWith(".."), where).toBe(false);
        expect(statSync(join(site.dir, target), { throwIfNoEntry: false })?.isFile(), where).toBe(true);
        if (fragment && target.endsWith(".html")) {
          const ids = elements(parseFile(join(site.dir, target))).map((e) => attribute(e, "id"));
          expect(ids, where).toContain(fragment);
        }
        checked.push(url);
      }
    }
    expect(checked.length).toBeGreaterThan(site.pages.length * 5);
  });

  it("refers to no other host: no absolute URL in any reference, style sheet or script", () => {
    for (const path of site.pages) {
      for (const { url } of references(page(path).all)) {
        expect(url, `${path}: ${url}`).not.toMatch(/^[a-z][a-z0-9+.-]*:|^\/\//i);
      }
    }
    const assets = filesUnder(join(site.dir, "assets"));
    expect(assets.sort()).toEqual(["catalog.css", "copy.js", "filter.js", "icon.svg"]);
    for (const asset of assets) {
      const text = readFileSync(join(site.dir, "assets", asset), "utf8");
      expect(text, asset).not.toMatch(/\b[a-z]+:\/\/(?!www\.w3\.org\/2000\/svg")/i);
      expect(text, asset).not.toMatch(/@import|url\(\s*["']?(?!data:)[^)]*\/\//i);
      expect(text, asset).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource/);
    }
  });

  it("every page carries the strict Content-Security-Policy and no inline script, style or handler", () => {
    for (const path of site.pages) {
      const { all } = page(path);
      const csp = all.find((element) => attribute(element, "http-equiv") === "Content-Security-Policy");
      expect(attribute(csp as Element, "content"), path).toBe(contentSecurityPolicy);
      for (const element of all) {
        const where = `${path}: <${element.tagName}>`;
        if (element.tagName === "script") {
          expect(attribute(element, "src"), where).toBeDefined();
          expect(textOf(element).trim(), where).toBe("");
        }
        expect(element.tagName, where).not.toBe("style");
        expect(attribute(element, "style"), where).toBeUndefined();
        expect(
          element.attrs.filter((attr) => attr.name.startsWith("on")),
          where,
        ).toEqual([]);
      }
    }
  });
});

it("writes only the pages, the schemas and the assets", () => {
  const top = new Set(filesUnder(site.dir).map((file) => file.split("/")[0]));
  expect([...top].sort()).toEqual(["assets", "index.html", "schemas", "types"]);
  expect(relative(site.dir, dirname(join(site.dir, typePagePath("x"))))).toBe("types");
});
