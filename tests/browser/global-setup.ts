/**
 * Builds the app once (test mode: the map is exposed on window for assertions) and serves it on
 * loopback for the browser tests. Chromium is Debian's; the tests fail loudly when it is missing.
 */
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumPath } from './chromium';
import { nextDeployment } from './next-deployment';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  chromiumPath(); // throws the one-line install hint before spending time on a build
  if (!process.env.SKIP_TEST_BUILD) await build({ mode: 'test', logLevel: 'warn' });
  server = await preview({
    mode: 'test',
    logLevel: 'warn',
    plugins: [nextDeployment()], // the offline test's second deployment, when it has built one
    preview: { host: '127.0.0.1', port: 0, strictPort: false }
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
