// Headless Chromium for the browser tests of the event catalog and the consumer's live view: Debian's
// `chromium` package driven by playwright-core, which never downloads a browser. Without it the browser
// tests are skipped with a visible message, except in CI, where that is a failure (.ci/run installs it).
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Whether the browser tests named by `label` can run. Throws under CI when Chromium is missing; otherwise
 * says once that they are skipped and how to install it.
 */
export function chromiumAvailable(label: string): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI) {
    throw new Error(
      `${chromiumPath} is missing, but CI must run the browser tests: apt-get install chromium`,
    );
  }
  console.warn(
    `\n  ${label} SKIPPED: no Chromium at ${chromiumPath}. Install it with\n` +
      "  apt-get update && apt-get install -y chromium\n",
  );
  return false;
}

/** Flags that keep Chromium off this machine's closed network (no background fetches at start). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
