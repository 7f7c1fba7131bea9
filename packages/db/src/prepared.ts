// Queries compiled once and bound per call. Building and compiling a Kysely query costs about as much as
// running a small insert on SQLite (tens of microseconds), so the hot paths (the SQLite writer thread's
// inserts and claims) build each shape once per database and only substitute the values afterwards.

import type { Compilable, CompiledQuery, Kysely } from "kysely";
import type { Dialect, Executor } from "./executor.js";

/** Stands for a named value while the query is compiled; replaced by the value when it is bound. */
class Placeholder {
  constructor(readonly name: string) {}
}

/** Gives the placeholder for a named value, typed as the value it stands for. */
export type Param<A> = <K extends keyof A & string>(name: K) => A[K];

/**
 * A query whose shape does not depend on its values: `build` runs once per database (per `qb`), with
 * `param(name)` wherever a value goes; each call binds `args` to the compiled query. Only plain values can
 * be parameters (no lists whose length varies: build those per call).
 *
 *   const findInbox = prepared<Tables, { source: string; id: string }, { id: number }>((qb, p) =>
 *     qb.selectFrom("inbox").select("id").where("source", "=", p("source")).where("event_id", "=", p("id")));
 *   await ex.first(findInbox(ex, { source, id }));
 */
export function prepared<DB, A, R>(
  build: (qb: Kysely<DB>, param: Param<A>, dialect: Dialect) => Compilable<R>,
): (ex: Executor<DB>, args: A) => Compilable<R> {
  const compiled = new WeakMap<Kysely<DB>, CompiledQuery<R>>();
  const param = ((name: string) => new Placeholder(name)) as unknown as Param<A>;
  return (ex, args) => {
    let query = compiled.get(ex.qb);
    if (!query) {
      query = build(ex.qb, param, ex.dialect).compile();
      compiled.set(ex.qb, query);
    }
    const template = query;
    const parameters = template.parameters.map((value) =>
      value instanceof Placeholder ? (args as Record<string, unknown>)[value.name] : value,
    );
    return { compile: () => ({ ...template, parameters }) };
  };
}
