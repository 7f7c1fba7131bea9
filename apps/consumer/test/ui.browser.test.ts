// The live view in headless Chromium, as a person uses it: sign in, watch deliveries arrive, open an event,
// a dialog, replay a quarantined delivery, retry a failed item, page through thousands of events. Every
// page records what a careful reader would worry about: JavaScript dialogs (a script that ran), console
// errors (a CSP refusal), failed requests, requests to another host, and every URL (none may hold the
// secret). Screenshots go to test-artifacts/ (gitignored) for people to look at.

import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumAvailable, launchChromium } from "@dialogporten-events/test-chromium";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeliveryEntry } from "../src/index.js";

const hasChromium = chromiumAvailable("Live view browser tests");

import { FIXTURES, type Running, SECRET, startConsumer, waitFor } from "./helpers.js";
import { accept, eventOf } from "./targets.js";

const artifacts = new URL("../test-artifacts/", import.meta.url).pathname;
const IMG = `<img src=x onerror="alert('img')">`;
const SCRIPT = `<script>alert('script')</script>`;

interface Watched {
  page: Page;
  /** Anything a reader's browser would complain about. */
  problems: string[];
  /** Every URL the page requested. */
  urls: string[];
  /** JavaScript dialogs (alert, confirm, prompt): a script from an event would open one. */
  dialogs: string[];
}

describe.skipIf(!hasChromium)("the live view in Chromium", () => {
  let browser: Browser;
  const running: Running[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    for (const c of running) await c.stop();
  });

  async function consumer(...args: Parameters<typeof startConsumer>): Promise<Running> {
    const c = await startConsumer(...args);
    running.push(c);
    return c;
  }

  async function watch(context: BrowserContext, origin: string): Promise<Watched> {
    const page = await context.newPage();
    const watched: Watched = { page, problems: [], urls: [], dialogs: [] };
    page.on("dialog", (dialog) => {
      watched.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        watched.problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => watched.problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) =>
      watched.problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
    );
    page.on("request", (request) => {
      watched.urls.push(request.url());
      if (!request.url().startsWith(origin)) watched.problems.push(`outside request: ${request.url()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) watched.problems.push(`${response.status()}: ${response.url()}`);
    });
    return watched;
  }

  /** Signs in through the form, as a person does. */
  async function signIn(page: Page, url: string): Promise<void> {
    await page.goto(`${url}/ui`);
    expect(page.url()).toBe(`${url}/ui/sign-in`);
    // The icon loads after the load event; submitting before it arrives would abort it (a failed request).
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Read secret").fill(SECRET);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${url}/ui`);
    await expect.poll(() => page.locator("#live").textContent()).toMatch(/^Live/);
  }

  const counter = (page: Page, name: string) => page.locator(`[data-counter="${name}"]`).textContent();

  function expectClean(w: Watched): void {
    expect(w.problems, w.problems.join("\n")).toEqual([]);
    expect(w.dialogs, w.dialogs.join("\n")).toEqual([]);
    for (const url of w.urls) {
      expect(url).not.toContain(SECRET);
      expect(url).not.toContain(encodeURIComponent(SECRET));
    }
  }

  it("signs in once (HttpOnly, SameSite=Strict), then shows deliveries within two seconds", async () => {
    const c = await consumer();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await watch(context, c.url);
    const { page } = w;
    await signIn(page, c.url);

    const [session] = await context.cookies();
    expect(session).toMatchObject({ name: "consumer_ui_session", httpOnly: true, sameSite: "Strict" });
    expect(session?.value).not.toContain(SECRET);
    expect(await page.evaluate("document.cookie")).toBe(""); // no script can read it

    const events = [0, 1, 2].map((n) => eventOf(7, n));
    for (const event of events) expect((await c.post(event)).status).toBe(200);
    const posted = Date.now();
    await expect.poll(() => page.locator("#events-body tr").count(), { timeout: 2_000 }).toBe(3);
    await expect.poll(() => counter(page, "received"), { timeout: 2_000 }).toBe("3");
    console.info(`live view: 3 deliveries on the page ${Date.now() - posted} ms after the last answer`);
    await expect.poll(() => counter(page, "processed"), { timeout: 2_000 }).toBe("3");
    await expect.poll(() => page.locator("#events-body .status-processed").count()).toBe(3);

    // An event's JSON, by keyboard: Tab to its button, Enter opens, Escape closes.
    const open = page.getByRole("button", { name: /^Open event / }).first();
    await open.focus();
    await page.keyboard.press("Enter");
    const detail = page.locator("#detail");
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await page.locator("#detail-json").textContent()).toContain((events[2] as { id: string }).id);
    await page.screenshot({ path: join(artifacts, "live-event-detail.png") });
    await page.keyboard.press("Escape");
    await expect.poll(() => detail.isVisible()).toBe(false);

    // The dialog's timeline as the projection has it.
    const dialogId = (events[0] as { resourceinstance: string }).resourceinstance;
    await page.getByRole("button", { name: dialogId }).first().click();
    await expect.poll(() => page.locator("#dialog-view tbody tr").count()).toBe(3);
    expect(await page.locator("#dialog-view dl").textContent()).toContain("updated");

    await page.screenshot({ path: join(artifacts, "live-desktop.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(artifacts, "live-phone.png"), fullPage: true });
    expectClean(w);
    await context.close();
  });

  it("shows an event's hostile fields as inert text: no script runs, no element is made", async () => {
    const c = await consumer();
    const hostile = (n: number) => ({
      specversion: "1.0",
      id: `${IMG}-${n}`,
      // `source` must be a URI reference, so the markup goes into the fields that take any text.
      source: "https://example.com/hostile",
      type: `com.example.${IMG}`,
      time: "2026-03-01T10:00:00Z",
      subject: SCRIPT,
      resourceinstance: IMG,
      data: { html: `${IMG}${SCRIPT}`, "<b>key</b>": SCRIPT },
    });
    // A Dialogporten event whose fields fail the contract: quarantined, shown with its issues and body.
    const refused = { ...eventOf(8, 0), subject: IMG, resourceinstance: SCRIPT };
    expect((await c.post(hostile(0))).status).toBe(200);
    expect((await c.post(refused)).status).toBe(400);

    // A script's way in: the bearer token, no cookie.
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${SECRET}` } });
    const w = await watch(context, c.url);
    const { page } = w;
    await page.goto(`${c.url}/ui`);
    await expect.poll(() => page.locator("#events-body tr").count()).toBe(1);
    // And one that arrives while the page is open (the live path).
    expect((await c.post(hostile(1))).status).toBe(200);
    await expect.poll(() => page.locator("#events-body tr").count(), { timeout: 2_000 }).toBe(2);
    await expect.poll(() => page.locator("#quarantine-list > li").count()).toBe(1);

    // The markup is on the page as text...
    expect(await page.locator("#events-body").textContent()).toContain(`com.example.${IMG}`);
    expect(await page.locator("#events-body").textContent()).toContain(SCRIPT);
    const quarantined = (await page.locator("#quarantine-list").textContent()) ?? "";
    expect(quarantined).toContain("/subject");
    expect(quarantined).toContain(`"subject":"<img src=x onerror=`); // the body as received: JSON text
    expect(quarantined).toContain(SCRIPT);
    await page
      .getByRole("button", { name: /^Open event / })
      .first()
      .click();
    await expect.poll(() => page.locator("#detail").isVisible()).toBe(true);
    const json = (await page.locator("#detail-json").textContent()) ?? "";
    expect(json).toContain(SCRIPT);
    expect(json).toContain("<b>key</b>");
    await page.screenshot({ path: join(artifacts, "live-hostile.png") });
    await page.keyboard.press("Escape");

    // ...and never became elements or ran.
    expect(
      await page.locator("main img, main script, main b, dialog img, dialog script, dialog b").count(),
    ).toBe(0);
    expect(await page.evaluate("document.scripts.length")).toBe(1); // the page's own main.js
    expect(w.urls.filter((url) => new URL(url).pathname.endsWith("/x"))).toEqual([]);
    expectClean(w);
    await context.close();
  });

  it("replays a quarantined delivery with the button once the reason is fixed", async () => {
    // An honest case: the operator had MAX_JSON_DEPTH at 1, so a real event (its `data` is level 2) was
    // refused as too deep and quarantined; the operator raises the bound and replays it from the page.
    const dataDir = mkdtempSync(join(tmpdir(), "consumer-ui-replay-"));
    const strict = await startConsumer({ maxJsonDepth: 1 }, dataDir);
    const activity = JSON.parse(
      readFileSync(join(FIXTURES, "dialogporten.dialog.activity.created.v1/valid/canonical.json"), "utf8"),
    );
    expect((await strict.post(activity)).status).toBe(400);
    await strict.consumer.close();
    const c = await consumer({}, dataDir);

    const context = await browser.newContext();
    const w = await watch(context, c.url);
    const { page } = w;
    await signIn(page, c.url);
    const card = page.locator("#quarantine-list > li");
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain("too-deep");
    expect(await counter(page, "quarantined")).toBe("1");

    await page.getByRole("button", { name: /^Replay quarantined / }).click();
    await expect.poll(() => page.locator("#quarantine-result").textContent()).toContain("1 accepted");
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.locator("#quarantine-empty").isVisible()).toBe(true);
    await expect.poll(() => counter(page, "quarantined")).toBe("0");
    await expect.poll(() => page.locator("#events-body").textContent()).toContain(activity.type);
    await expect.poll(() => counter(page, "processed")).toBe("1");
    expectClean(w);
    await context.close();
  });

  it("retries a failed item with the button", async () => {
    let downstreamUp = false;
    const c = await consumer(
      { retry: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 20 } },
      undefined,
      (consumer) =>
        consumer.on("dialogporten.dialog.created.v1", async () => {
          if (!downstreamUp) throw new Error("<b>downstream</b> is down");
        }),
    );
    expect((await c.post(eventOf(9, 0))).status).toBe(200);
    await waitFor(async () => ((await c.stats()).failed === 1 ? true : undefined));

    const context = await browser.newContext();
    const w = await watch(context, c.url);
    const { page } = w;
    await signIn(page, c.url);
    const card = page.locator("#failed-list > li");
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain("<b>downstream</b> is down");

    downstreamUp = true;
    await page.getByRole("button", { name: /^Retry failed / }).click();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => counter(page, "processed")).toBe("1");
    await expect.poll(() => page.locator("#events-body .status-processed").count()).toBe(1);
    expectClean(w);
    await context.close();
  });

  it("asks for one page of thousands of events at a time", async () => {
    const c = await consumer({ processing: false });
    const entries: DeliveryEntry[] = Array.from({ length: 3_000 }, (_, i) =>
      accept(eventOf(i % 500, i % 60)),
    );
    for (let i = 0; i < entries.length; i += 500) {
      await c.consumer.store.recordDeliveries(entries.slice(i, i + 500), new Date());
    }
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${SECRET}` } });
    const w = await watch(context, c.url);
    const { page } = w;
    const started = Date.now();
    await page.goto(`${c.url}/ui`);
    await expect.poll(() => page.locator("#events-body tr").count()).toBe(50);
    console.info(
      `live view: first 50 of 3000 events on the page ${Date.now() - started} ms after navigation`,
    );
    expect(await counter(page, "pending")).toBe((3_000).toLocaleString("en-US"));

    const eventCalls = () => w.urls.filter((url) => new URL(url).pathname === "/api/events");
    expect(eventCalls().every((url) => new URL(url).searchParams.get("limit") === "50")).toBe(true);
    await page.getByRole("button", { name: "Load older events" }).click();
    await expect.poll(() => page.locator("#events-body tr").count()).toBe(100);
    expect(eventCalls().some((url) => new URL(url).searchParams.has("after"))).toBe(true);
    expectClean(w);
    await context.close();
  });
});
