/** Serves the built site once for every spec file; each file opens its own browser. */
import type { TestProject } from 'vitest/node';
import { startServer } from './driver.ts';

export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('e2eBaseUrl', server.url);
  return async () => {
    await server.close();
  };
}
