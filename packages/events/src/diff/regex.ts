/**
 * Just enough of an ECMAScript regex parser to compare two patterns structurally. Anything whose language
 * this cannot bound (lookaround, backreferences, odd braces) throws Unsupported, and the caller treats the
 * change as a narrowing.
 */
export type Atom =
  | { kind: "set"; negated: boolean; ranges: [number, number][]; named: string[] }
  | { kind: "any" }
  | { kind: "group"; alternatives: Alternative[] }
  | { kind: "assert"; text: string };

export interface Token {
  atom: Atom;
  min: number;
  max: number;
}

export interface Alternative {
  start: boolean;
  end: boolean;
  tokens: Token[];
}

export class Unsupported extends Error {}

const NAMED: Record<string, [number, number][]> = {
  d: [[48, 57]],
  w: [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122],
  ],
};
const CONTROL: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };

export function parsePattern(source: string): Alternative[] {
  const parser = new Parser(source);
  const alternatives = parser.alternatives();
  if (parser.i !== source.length) throw new Unsupported(`unbalanced ")" in ${source}`);
  return alternatives;
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  alternatives(): Alternative[] {
    const list = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      list.push(this.sequence());
    }
    return list;
  }

  sequence(): Alternative {
    const alt: Alternative = { start: false, end: false, tokens: [] };
    if (this.s[this.i] === "^") {
      alt.start = true;
      this.i++;
    }
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      if (this.s[this.i] === "$" && [undefined, "|", ")"].includes(this.s[this.i + 1])) {
        alt.end = true;
        this.i++;
        break;
      }
      const atom = this.atom();
      alt.tokens.push({ atom, ...this.quantifier() });
    }
    return alt;
  }

  atom(): Atom {
    const c = this.s[this.i++] as string;
    if (c === "(") {
      if (/^\?(=|!|<=|<!)/.test(this.s.slice(this.i))) throw new Unsupported("lookaround");
      if (this.s.startsWith("?:", this.i)) this.i += 2;
      else if (this.s.startsWith("?<", this.i)) this.i = this.s.indexOf(">", this.i) + 1;
      const alternatives = this.alternatives();
      if (this.s[this.i++] !== ")") throw new Unsupported("unclosed group");
      return { kind: "group", alternatives };
    }
    if (c === "[") return this.charClass();
    if (c === ".") return { kind: "any" };
    if (c === "^" || c === "$") return { kind: "assert", text: c };
    if ("*+?{}".includes(c) || c === "]") throw new Unsupported(`"${c}" where an atom belongs`);
    if (c === "\\") return this.escape(false);
    return single(c.codePointAt(0) as number);
  }

  escape(inClass: boolean): Atom {
    const c = this.s[this.i++];
    if (c === undefined) throw new Unsupported("trailing backslash");
    if (c === "d" || c === "w")
      return { kind: "set", negated: false, ranges: NAMED[c] as [number, number][], named: [] };
    if ("sDWS".includes(c)) return { kind: "set", negated: false, ranges: [], named: [c] };
    if (!inClass && (c === "b" || c === "B")) return { kind: "assert", text: `\\${c}` };
    if (/[1-9k]/.test(c)) throw new Unsupported("backreference");
    if (c in CONTROL) return single(CONTROL[c] as number);
    const hex = c === "x" ? /^[0-9a-fA-F]{2}/ : c === "u" ? /^([0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/ : undefined;
    if (hex) {
      const m = hex.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported(`bad \\${c} escape`);
      this.i += m[0].length;
      return single(Number.parseInt(m[0].replace(/[{}]/g, ""), 16));
    }
    return single(c.codePointAt(0) as number);
  }

  charClass(): Atom {
    const set = {
      kind: "set" as const,
      negated: false,
      ranges: [] as [number, number][],
      named: [] as string[],
    };
    if (this.s[this.i] === "^") {
      set.negated = true;
      this.i++;
    }
    while (this.s[this.i] !== "]") {
      if (this.i >= this.s.length) throw new Unsupported("unclosed class");
      const from = this.classItem();
      const lo = singleChar(from);
      if (this.s[this.i] === "-" && this.s[this.i + 1] !== "]" && lo !== undefined) {
        this.i++;
        const hi = singleChar(this.classItem());
        if (hi === undefined) throw new Unsupported("range to a class");
        set.ranges.push([lo, hi]);
      } else if (from.kind === "set") {
        set.ranges.push(...from.ranges);
        set.named.push(...from.named);
      }
    }
    this.i++;
    return set;
  }

  classItem(): Atom {
    const c = this.s[this.i++] as string;
    return c === "\\" ? this.escape(true) : single(c.codePointAt(0) as number);
  }

  quantifier(): { min: number; max: number } {
    const c = this.s[this.i];
    let q = { min: 1, max: 1 };
    if (c === "*") q = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === "+") q = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === "?") q = { min: 0, max: 1 };
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported("literal brace");
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      this.i += m[0].length - 1;
      q = { min, max };
    } else return q;
    this.i++;
    if (this.s[this.i] === "?") this.i++; // laziness changes what is captured, not what matches
    return q;
  }
}

function singleChar(atom: Atom): number | undefined {
  if (atom.kind !== "set" || atom.negated || atom.named.length > 0 || atom.ranges.length !== 1)
    return undefined;
  const [lo, hi] = atom.ranges[0] as [number, number];
  return lo === hi ? lo : undefined;
}

function single(code: number): Atom {
  return { kind: "set", negated: false, ranges: [[code, code]], named: [] };
}
