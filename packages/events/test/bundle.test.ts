import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

// Bundles the built package as a user's bundler would, from the package's own folder (so
// `dialogporten-events` resolves to it through its `exports`).
const packageDir = new URL("..", import.meta.url).pathname;

async function bundle(contents: string, platform: "browser" | "neutral") {
  const out = await build({
    stdin: { contents, resolveDir: packageDir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    mainFields: ["module", "main"],
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return { code: out.outputFiles[0]?.text ?? "", metafile: out.metafile as Metafile };
}

const one = "dialogporten.dialog.activity.closed.v1";
const validatorFiles = (metafile: Metafile) =>
  Object.keys(metafile.inputs).filter((input) => input.includes("/generated/validators/"));

describe("bundling the package", () => {
  it.each([
    [
      "the root entry",
      'import { parseEvent, createEvent } from "dialogporten-events"; console.log(parseEvent, createEvent);',
    ],
    [
      "a per-type subpath",
      `import { parseEvent } from "dialogporten-events/validators/tolerant/${one}"; console.log(parseEvent);`,
    ],
  ])("%s bundles for the browser without any node: import", async (_name, contents) => {
    const { code, metafile } = await bundle(contents, "browser");
    expect(Object.keys(metafile.inputs).filter((input) => input.startsWith("node:"))).toEqual([]);
    expect(code).not.toMatch(/["']node:/);
  });

  it.each(["strict", "tolerant"] as const)(
    "a %s subpath keeps only its own type's validators",
    async (mode) => {
      const { metafile } = await bundle(
        `import { validate, validateEvent, parseEvent } from "dialogporten-events/validators/${mode}/${one}";\n` +
          "console.log(validate, validateEvent, parseEvent);",
        "neutral",
      );
      const files = validatorFiles(metafile);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(file).toContain(`/${one}.gen.js`);
      // Its warnings are what strict mode says, so the tolerant entry carries the strict validator too.
      expect(files.map((f) => f.replace(/.*\/validators\//, "")).sort()).toEqual(
        mode === "strict" ? [`strict/${one}.gen.js`] : [`strict/${one}.gen.js`, `tolerant/${one}.gen.js`],
      );
      const root = validatorFiles(
        (
          await bundle(
            'import { parseEvent } from "dialogporten-events"; console.log(parseEvent);',
            "neutral",
          )
        ).metafile,
      );
      // The root holds every type's validators: a family's shared by its members (the activity types, and
      // the dialog types but transmission.created; see codegen's families.ts), the others' their own.
      expect(root.map((f) => f.replace(/.*\/validators\//, "")).sort()).toEqual([
        "cloudevent.gen.js",
        "strict/dialogporten.dialog.transmission.created.v1.gen.js",
        "strict/families/dialogporten.dialog.activity.v1.gen.js",
        "strict/families/dialogporten.dialog.v1.gen.js",
        "strict/platform.events.validatesubscription.gen.js",
        "tolerant/dialogporten.dialog.transmission.created.v1.gen.js",
        "tolerant/families/dialogporten.dialog.activity.v1.gen.js",
        "tolerant/families/dialogporten.dialog.v1.gen.js",
        "tolerant/platform.events.validatesubscription.gen.js",
      ]);
    },
  );
});
