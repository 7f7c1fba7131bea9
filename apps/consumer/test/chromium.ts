// Headless Chromium for the live view's browser tests, as the catalog's tests do it
// (packages/catalog/test/chromium.ts): Debian's `chromium` package driven by playwright-core, which never
// downloads a browser. Without it the browser tests are skipped with a visible message, except in CI, where
// that is a failure (.ci/run installs it).
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  if (process.env.CI) {
    throw new Error(
      `${chromiumPath} is missing, but CI must run the browser tests: apt-get install chromium`,
    );
  }
  console.warn(
    `\n  Live view browser tests SKIPPED: no Chromium at ${chromiumPath}. Install it with\n` +
      "  apt-get update && apt-get install -y chromium\n",
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
}
