/**
 * `npm test`: every check, two at a time (the machines have two cores and most checks use
 * one), then the browser suite on the fresh build. Each step's output is shown when it ends,
 * with its time; the browser suite runs only when every other step passed.
 *
 * `npm test -- --only typecheck,lint` runs some steps; `--no-e2e` skips the browser suite.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

interface Step {
  name: string;
  command: string[];
}

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(ROOT, 'node_modules/.bin', name);

/** The package's own scripts, longest first so that the two slots finish together. */
const CHECKS: Step[] = ['test:unit', 'typecheck', 'lint', 'build', 'format:check', 'data:check'].map((name) => ({
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

async function runAll(steps: Step[], slots: number): Promise<Result[]> {
  const queue = [...steps];
  const results: Result[] = [];
  const worker = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) results.push(await run(step, false));
  };
  await Promise.all(Array.from({ length: Math.min(slots, steps.length) }, worker));
  return results;
}

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',') : null;
const wanted = (s: Step) => !only || only.includes(s.name);
const started = performance.now();
const results = await runAll(CHECKS.filter(wanted), SLOTS);
if (results.every((r) => r.ok) && !argv.includes('--no-e2e') && wanted(E2E)) {
  process.stdout.write('\n── e2e\n');
  results.push(await run(E2E, true));
}
const total = (performance.now() - started) / 1000;
process.stdout.write(
  `\n${results.map((r) => `${r.ok ? 'ok    ' : 'FAILED'} ${r.step.name.padEnd(13)} ${r.seconds.toFixed(1).padStart(6)} s`).join('\n')}\n` +
    `total ${total.toFixed(1)} s\n`,
);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
