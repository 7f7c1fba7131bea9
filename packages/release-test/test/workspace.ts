import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { run } from "./run.js";

/** What a release needs from the repository: the apps and this package stay behind. */
const KEEP = [
  /^[^/]+$/,
  /^\.changeset\//,
  /^schemas\//,
  /^packages\/(events|codegen|schema-toolkit|tsconfig)\//,
];

export const gitArgs = [
  "-c",
  "user.name=release-test",
  "-c",
  "user.email=release-test@example.invalid",
  "-c",
  "commit.gpgsign=false",
];

/**
 * Copies the working tree's files (tracked, plus untracked ones that are not ignored) into `into` and
 * commits them to a fresh git repository there, so versioning, tagging and publishing never touch the
 * real checkout.
 */
export async function copyWorkspace(repoRoot: string, into: string, env: NodeJS.ProcessEnv): Promise<number> {
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    env,
  });
  const all = stdout.split("\0").filter(Boolean);
  const files = [...new Set(all.filter((f) => KEEP.some((re) => re.test(f))))];
  let copied = 0;
  for (const file of files) {
    const source = join(repoRoot, file);
    if (!(await stat(source).catch(() => undefined))?.isFile()) continue; // deleted in the working tree
    await mkdir(dirname(join(into, file)), { recursive: true });
    await copyFile(source, join(into, file));
    copied++;
  }
  // The other workspace packages stay behind as bare manifests: changesets checks that the packages its
  // config names exist, and a manifest without scripts or dependencies costs nothing to install or build.
  for (const manifest of all.filter((f) => /^(apps|packages)\/[^/]+\/package\.json$/.test(f))) {
    if (KEEP.some((re) => re.test(manifest))) continue;
    const { name, version } = JSON.parse(await readFile(join(repoRoot, manifest), "utf8"));
    await mkdir(dirname(join(into, manifest)), { recursive: true });
    await writeFile(join(into, manifest), `${JSON.stringify({ name, version, private: true }, null, 2)}\n`);
  }
  await run("git", ["init", "--quiet", "--initial-branch=main"], { cwd: into, env });
  await commitAll(into, env, "copy of the working tree");
  return copied;
}

export async function commitAll(dir: string, env: NodeJS.ProcessEnv, message: string): Promise<void> {
  await run("git", ["add", "-A"], { cwd: dir, env });
  await run("git", [...gitArgs, "commit", "--quiet", "--allow-empty", "-m", message], { cwd: dir, env });
}
