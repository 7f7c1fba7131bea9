import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, ProblemError, pageLimit, pageOf } from "../src/index.js";

const isId = (value: unknown): value is number => Number.isSafeInteger(value);

describe("paging", () => {
  it("keeps limit lenient and bounded", () => {
    expect(pageLimit(undefined)).toBe(100);
    expect(pageLimit("abc")).toBe(100);
    expect(pageLimit("0")).toBe(100);
    expect(pageLimit("2.5")).toBe(100);
    expect(pageLimit("7")).toBe(7);
    expect(pageLimit("5000")).toBe(1000);
  });

  it("round-trips a cursor and refuses one it did not make, pointing at `after`", () => {
    expect(decodeCursor(encodeCursor(42), isId)).toBe(42);
    expect(decodeCursor(undefined, isId)).toBeUndefined();
    for (const bad of ["x", encodeCursor("42"), encodeCursor(null), "!!"]) {
      try {
        decodeCursor(bad, isId);
        expect.unreachable(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(ProblemError);
        expect((error as ProblemError).problem).toMatchObject({
          status: 400,
          issues: [{ in: "querystring", pointer: "/after" }],
        });
      }
    }
  });

  it("links the next page only when the store found one row more, repeating the list's own parameters", () => {
    const rows = [9, 8, 7];
    const more = pageOf(rows, {
      limit: 2,
      keyOf: (row) => row,
      path: "/api/events",
      query: { kind: "unknown", after: "old", limit: "2" },
    });
    expect(more.items).toEqual([9, 8]);
    const next = new URL(more.next ?? "", "http://x");
    expect(next.pathname).toBe("/api/events");
    expect([...next.searchParams.keys()].sort()).toEqual(["after", "kind", "limit"]);
    expect(decodeCursor(next.searchParams.get("after") ?? undefined, isId)).toBe(8);
    expect(pageOf(rows, { limit: 3, keyOf: (r) => r, path: "/p", query: {} })).toEqual({
      items: rows,
      next: null,
    });
    expect(pageOf([], { limit: 3, keyOf: (r) => r, path: "/p", query: {} })).toEqual({
      items: [],
      next: null,
    });
  });
});
