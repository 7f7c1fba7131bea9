// Opens the built catalog in headless Chromium as a reader would: served over HTTP on loopback, then from
// disk. Fails on any console error, page error, failed request or request to another host.
import { mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromiumAvailable, launchChromium } from "@dialogporten-events/test-chromium";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typePagePath } from "../src/render/paths.js";
import { buildTemporarySite } from "./built-site.js";

const hasChromium = chromiumAvailable("Browser tests");

/** Screenshots for people to look at; gitignored. */
const artifacts = new URL("../test-artifacts/", import.meta.url).pathname;
const sampleType = "dialogporten.dialog.transmission.created.v1";

describe.skipIf(!hasChromium)("the catalog in Chromium", () => {
  let site: Awaited<ReturnType<typeof buildTemporarySite>>;
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildTemporarySite();
    const serve = sirv(site.dir, { dev: true });
    server = createServer((request, response) =>
      serve(request, response, () => {
        response.statusCode = 404;
        response.end("not found");
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    site?.remove();
  });

  /** A page that records every problem a reader's browser would show. */
  async function open(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    const allowed = new URL(url).protocol === "file:" ? "file:" : origin;
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) =>
      problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
    );
    page.on("request", (request) => {
      if (!request.url().startsWith(allowed)) problems.push(`outside request: ${request.url()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(url, { waitUntil: "load" });
    return { page, problems };
  }

  it("the index loads cleanly and its filter box filters", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await open(context, `${origin}/index.html`);
    const items = page.locator("[data-filter-text]");
    const total = await items.count();
    expect(total).toBe(site.entries.length);
    const filter = page.getByLabel("Filter event types");
    await expect.poll(() => filter.isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, "index-desktop.png"), fullPage: true });

    await filter.fill("payment");
    const visible = page.locator("[data-filter-text]:visible");
    const matching = site.entries.filter((entry) =>
      `${entry.type} ${entry.title} ${entry.description}`.toLowerCase().includes("payment"),
    );
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(total);
    await expect.poll(() => visible.count()).toBe(matching.length);
    const shownTypes = await visible.locator("code.type-id").allTextContents();
    expect(shownTypes.sort()).toEqual(matching.map((entry) => entry.type).sort());
    // Groups with nothing left disappear, and the count is announced.
    await expect.poll(() => page.locator("section#transmission").isVisible()).toBe(false);
    expect(await page.locator("#filter-status").textContent()).toBe(
      `${matching.length} of ${total} event types match.`,
    );
    await page.screenshot({ path: join(artifacts, "index-filtered.png") });

    await filter.fill("no such event at all");
    await expect.poll(() => visible.count()).toBe(0);
    expect(await page.locator("#filter-status").textContent()).toContain("No event type matches");
    await filter.press("Escape");
    await expect.poll(() => visible.count()).toBe(total);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is usable by keyboard: skip link first, '/' focuses the filter", async () => {
    const context = await browser.newContext();
    const { page, problems } = await open(context, `${origin}/index.html`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("filter-input");
    await page.keyboard.type("seen");
    await expect.poll(() => page.locator("[data-filter-text]:visible").count()).toBeGreaterThan(0);
    // Tab from the filter reaches the first matching type's link.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(focused).toMatch(/^types\/.*seen.*\.html$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a type page loads cleanly, and its copy button copies the example event", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const { page, problems } = await open(context, `${origin}/${typePagePath(sampleType)}`);
    expect(await page.locator("h1").textContent()).toBe("Transmission created (v1)");
    await page.screenshot({ path: join(artifacts, "type-page-desktop.png"), fullPage: true });

    const copy = page.locator("button.copy-button");
    expect(await copy.getAttribute("type")).toBe("button");
    expect(await copy.textContent()).toBe("Copy");
    await expect.poll(() => copy.count()).toBe(1);
    await copy.click();
    await expect
      .poll(() => page.locator(".copy-status").textContent())
      .toBe("Example copied to the clipboard.");
    expect(await copy.textContent()).toBe("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const example = site.entries.find((entry) => entry.type === sampleType)?.examples[0];
    expect(JSON.parse(copied)).toEqual(example);
    expect(await page.locator(".copy-status").textContent()).toBe("Example copied to the clipboard.");

    // The schema links open the copies that ship with the site.
    const [strictLink] = await page.locator(".schema-links a").all();
    await strictLink?.click();
    await page.waitForLoadState("load");
    expect(page.url()).toBe(`${origin}/schemas/strict/${sampleType}.schema.json`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reads well on a phone", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const { page, problems } = await open(context, `${origin}/${typePagePath(sampleType)}`);
    // Nothing wider than the screen: the field tables turn into one card per field.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, "type-page-phone.png"), fullPage: true });
    const index = await open(context, `${origin}/index.html`);
    await index.page.screenshot({ path: join(artifacts, "index-phone.png") });
    expect([...problems, ...index.problems]).toEqual([]);
    await context.close();
  });

  it("works opened from disk (file://), scripts and styles included", async () => {
    const context = await browser.newContext();
    const { page, problems } = await open(context, pathToFileURL(join(site.dir, "index.html")).href);
    await expect.poll(() => page.getByLabel("Filter event types").isVisible()).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    await page.click(`a[href="${typePagePath(sampleType)}"]`);
    await page.waitForLoadState("load");
    expect(await page.locator("h1").textContent()).toBe("Transmission created (v1)");
    expect(problems).toEqual([]);
    expect(readFileSync(join(artifacts, "index-desktop.png")).length).toBeGreaterThan(10_000);
    await context.close();
  });
});
