/** What the global setup hands to the spec files through `inject`. */
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, served by Vite's preview server: "http://127.0.0.1:<port>/". */
    e2eBaseUrl: string;
    /** The browser the spec files share (Playwright's browser server): its WebSocket address. */
    e2eBrowser: string;
  }
}
