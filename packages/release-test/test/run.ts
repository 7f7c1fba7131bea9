import { execFile } from "node:child_process";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The parent's environment without what pnpm, npm and turbo put there for the running test, so the nested
 * tools read the temporary project's settings and not the outer workspace's.
 */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|PNPM_|TURBO_|VITEST|INIT_CWD$|NODE_OPTIONS$)/i.test(key)) env[key] = value;
  }
  return {
    ...env,
    FORCE_COLOR: "0",
    NO_COLOR: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
    ...extra,
  };
}

/** Runs a command to completion within `timeoutMs`; throws with its output unless `allowFailure`. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; allowFailure?: boolean },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 32 * 1024 * 1024,
        killSignal: "SIGKILL",
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        const result = { code, stdout: String(stdout), stderr: String(stderr) };
        if (code !== 0 && !options.allowFailure) {
          const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-60).join("\n");
          reject(
            new Error(
              `${command} ${args.join(" ")} (in ${options.cwd}) exited ${code}${error?.killed ? " (timed out)" : ""}:\n${output}`,
            ),
          );
        } else resolve(result);
      },
    );
  });
}
