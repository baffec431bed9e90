/**
 * `npm test`: every check, two at a time (the machines have two cores and most checks use
 * one), and the browser suite as soon as the build it tests is done, beside the checks still
 * running: the browser suite waits on the map's drawing and the page more than it computes,
 * so the checks fill the CPU it leaves idle. Each check's output is shown when it ends, with
 * its time (a passing one says only that it passed); the browser suite's report is shown as
 * it runs. The browser suite runs only on a build that passed.
 *
 * `npm test -- --only typecheck,lint` runs some steps; `--no-e2e` skips the browser suite;
 * `--e2e-last` runs it after every check passed (as before issue 14), for comparing times.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

interface Step {
  name: string;
  command: string[];
}

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(ROOT, 'node_modules/.bin', name);

/**
 * The package's own scripts: the build first (the browser suite waits for it), then the
 * longest, so that the two slots finish together.
 */
const CHECKS: Step[] = ['build', 'test:unit', 'typecheck', 'lint', 'format:check', 'data:check'].map((name) => ({
  name,
  command: ['npm', 'run', '--silent', name],
}));
const E2E: Step = { name: 'e2e', command: [bin('vitest'), 'run', '--config', 'test/e2e/vitest.config.ts'] };
const SLOTS = 2;

interface Result {
  step: Step;
  ok: boolean;
  seconds: number;
}

function run(step: Step, echo: boolean): Promise<Result> {
  const start = performance.now();
  return new Promise((done) => {
    const [command, ...args] = step.command;
    const child = spawn(command ?? '', args, {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      stdio: echo ? 'inherit' : 'pipe',
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => output.push(d));
    child.stderr?.on('data', (d: Buffer) => output.push(d));
    const finish = (ok: boolean, error?: Error) => {
      const seconds = (performance.now() - start) / 1000;
      if (!echo) {
        process.stdout.write(`\n── ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s\n`);
        // Passing steps say only that they passed; a failing one shows everything it printed.
        if (!ok) process.stdout.write(Buffer.concat(output));
        if (error) process.stdout.write(`${step.command.join(' ')}: ${error.message}\n`);
      }
      done({ step, ok, seconds });
    };
    child.on('error', (e) => finish(false, e));
    child.on('close', (code) => finish(code === 0));
  });
}

/** Runs `steps` `slots` at a time, in order; `onDone` hears of each as it ends. */
async function runAll(steps: Step[], slots: number, onDone: (r: Result) => void = () => undefined): Promise<Result[]> {
  const queue = [...steps];
  const results: Result[] = [];
  const worker = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const result = await run(step, false);
      results.push(result);
      onDone(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(slots, steps.length) }, worker));
  return results;
}

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',') : null;
const wanted = (s: Step) => !only || only.includes(s.name);
const withE2e = !argv.includes('--no-e2e') && wanted(E2E);
const e2eLast = argv.includes('--e2e-last');
const started = performance.now();

const startE2e = () => {
  process.stdout.write('\n── e2e (its report follows as it runs)\n');
  return run(E2E, true);
};
let e2e: Promise<Result> | null = null;
const checks = await runAll(CHECKS.filter(wanted), SLOTS, (r) => {
  // The browser suite tests dist/: it starts once a fresh build is there (or at once when
  // `--only` left the build out and an earlier one is used).
  if (withE2e && !e2eLast && r.step.name === 'build' && r.ok) e2e = startE2e();
});
if (withE2e && !e2e && (e2eLast || !wanted(CHECKS[0]!)) && checks.every((r) => r.ok)) e2e = startE2e();
const results = e2e ? [...checks, await e2e] : checks;
const total = (performance.now() - started) / 1000;
process.stdout.write(
  `\n${results.map((r) => `${r.ok ? 'ok    ' : 'FAILED'} ${r.step.name.padEnd(13)} ${r.seconds.toFixed(1).padStart(6)} s`).join('\n')}\n` +
    `total ${total.toFixed(1)} s\n`,
);
process.exitCode = results.every((r) => r.ok) && (!withE2e || e2e) ? 0 : 1;
