// A clone from anywhere must pass its tests: nothing in the repository may read files beside it. The
// reference folder that sits next to the original checkout is not part of the product, so any path that
// climbs out of the repository into it, outside documentation, fails this gate and says where.
import { spawnSync } from "node:child_process";

const pattern = String.raw`(\.\./)+shared\b|\bshared/(corpus|seeds|reference|design)\b`;
const grep = spawnSync(
  "git",
  ["grep", "-n", "-I", "--untracked", "-E", pattern, "--", ".", ":!*.md", ":!pnpm-lock.yaml"],
  { encoding: "utf8" },
);
if (grep.status === 1) {
  console.log("hermetic: no file outside the docs reaches out of the repository");
  process.exit(0);
}
if (grep.status !== 0) {
  console.error(grep.stderr);
  process.exit(2);
}
console.error(
  "These files reach outside the repository (copy what a test needs into it, e.g. schemas/fixtures/):",
);
console.error(grep.stdout);
process.exit(1);
