import { existsSync, readFileSync } from 'node:fs';

/** The paths whose committed content differs from a fresh run's (or that are missing). */
export function staleFiles(outputs: ReadonlyMap<string, string>): string[] {
  return [...outputs].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
}
