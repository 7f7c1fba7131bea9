import { describe, expect, it } from "vitest";
import { uuidV4, uuidV7 } from "../src/index.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{12}$/;

describe("uuids from Web Crypto", () => {
  it("version 4: lower-case, version and variant set", () => {
    const ids = new Set(Array.from({ length: 1000 }, uuidV4));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(UUID.exec(id)?.slice(1)).toEqual(["4", expect.stringMatching(/[89ab]/)]);
  });

  it.each([0, 1, 0x0194fb2d1bb5, 2 ** 32 - 1, 2 ** 32, 2 ** 48 - 1])(
    "version 7 carries %i ms in its first 48 bits",
    (now) => {
      const id = uuidV7(now);
      expect(UUID.exec(id)?.slice(1)).toEqual(["7", expect.stringMatching(/[89ab]/)]);
      expect(Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(now);
    },
  );

  it("version 7 ids sort by time", () => {
    const ids = [1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000].map((t) => uuidV7(t));
    expect([...ids].sort()).toEqual(ids);
  });
});
