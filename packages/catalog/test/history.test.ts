import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { historyOf, type PackageHistory, parseChangelog, readPackageHistory } from "../src/read/history.js";

// The shape `changeset version` writes (@changesets/cli/changelog).
const changelog = `# dialogporten-events

## 0.3.0

### Minor Changes

- 3f2a9c1: Add \`dialogporten.dialog.activity.form-saved.v1\`.
- 77b0e12: \`dialogporten.dialog.transmission.created.v1\`: optional \`data.process\`,
  as the producer sends it since 2026-03.

### Patch Changes

- 1c0ffee: Faster validation.

## 0.2.0

### Minor Changes

- 9d8e7f6: Initial contract.
`;

describe("parseChangelog", () => {
  it("reads one note per list item, with its version and continuation lines, without the commit hash", () => {
    expect(parseChangelog(changelog)).toEqual([
      { version: "0.3.0", text: "Add `dialogporten.dialog.activity.form-saved.v1`." },
      {
        version: "0.3.0",
        text: "`dialogporten.dialog.transmission.created.v1`: optional `data.process`,\nas the producer sends it since 2026-03.",
      },
      { version: "0.3.0", text: "Faster validation." },
      { version: "0.2.0", text: "Initial contract." },
    ]);
  });
});

describe("historyOf", () => {
  const released: PackageHistory = { versions: ["0.3.0", "0.2.0"], notes: parseChangelog(changelog) };

  it("lists the notes that name the type exactly", () => {
    const history = historyOf("dialogporten.dialog.activity.form-saved.v1", released);
    expect(history.notes.map((note) => note.version)).toEqual(["0.3.0"]);
    expect(history.summary).toContain("0.2.0, the oldest version");
  });

  it("does not attribute a note about another type or a longer name (`.v1` is not `.v10`)", () => {
    const history = historyOf("dialogporten.dialog.activity.form-saved.v1", {
      versions: ["1.0.0"],
      notes: [
        { version: "1.0.0", text: "Add `dialogporten.dialog.activity.form-saved.v10`." },
        { version: "1.0.0", text: "Add dialogporten.dialog.activity.form-saved.v1-beta." },
      ],
    });
    expect(history.notes).toEqual([]);
    expect(history.summary).toBe(
      "No release note names this type since 1.0.0, the oldest version in the CHANGELOG.",
    );
  });

  it("says so when nothing has been released, and lists pending changesets that name the type first", () => {
    const history = historyOf("dialogporten.dialog.seen.v1", {
      versions: [],
      notes: [{ bump: "minor", text: "`dialogporten.dialog.seen.v1`: `data.process` added." }],
    });
    expect(history.summary).toMatch(/^Not released yet/);
    expect(history.summary).toContain("Pending changes that name it are listed first.");
    expect(history.notes).toHaveLength(1);
  });
});

describe("readPackageHistory", () => {
  it("reads pending changesets for dialogporten-events with @changesets/read, ignoring other packages", async () => {
    const root = mkdtempSync(join(tmpdir(), "catalog-changesets-"));
    try {
      mkdirSync(join(root, ".changeset"));
      writeFileSync(
        join(root, ".changeset", "new-type.md"),
        '---\n"dialogporten-events": minor\n---\n\nAdd `dialogporten.dialog.activity.form-saved.v1`.\n',
      );
      writeFileSync(
        join(root, ".changeset", "other.md"),
        '---\n"some-other-package": patch\n---\n\nElsewhere.\n',
      );
      const history = await readPackageHistory(root);
      const pending = history.notes.filter((note) => note.version === undefined);
      expect(pending).toEqual([{ bump: "minor", text: "Add `dialogporten.dialog.activity.form-saved.v1`." }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
