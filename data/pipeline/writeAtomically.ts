import * as realFs from 'node:fs';

export type Fs = Pick<typeof realFs, 'writeFileSync' | 'renameSync' | 'rmSync'>;

/**
 * Writes every file to a temporary sibling first and renames only once all are written,
 * so a crash or a full disk leaves the previous outputs whole, never half-written.
 */
export function writeAtomically(files: Map<string, string>, fs: Fs = realFs): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, content] of files) {
      const temp = `${path}.tmp-${process.pid}`;
      temps.push([temp, path]);
      fs.writeFileSync(temp, content);
    }
  } catch (err) {
    for (const [temp] of temps) fs.rmSync(temp, { force: true });
    throw err;
  }
  for (const [temp, path] of temps) fs.renameSync(temp, path);
}
