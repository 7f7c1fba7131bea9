/**
 * The schema diff lives in the events package (its CLI's `diff` command ships it to users); the generator
 * adds the one piece that reads `schemas/` in source form, with `x-tolerant` still to be derived.
 */
export * from "../../../events/src/diff/index.js";
export { setsFromSource } from "./source.js";
