#!/usr/bin/env node
// Runs the generator from its TypeScript source: it is never built or published.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
