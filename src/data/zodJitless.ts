/**
 * Zod compiles its object parsers with `new Function` unless told not to, and probes
 * whether it may as each object schema is created. The site's Content-Security-Policy
 * forbids eval (src/lib/csp.ts) and the browser reports every refused probe as a policy
 * violation, so zod runs jitless. The setting must come before any schema is built:
 * src/data/datasetSchema.ts and data/pipeline/schema.ts import this module first.
 */
import { config } from 'zod/mini';

// zod and zod/mini share one configuration: this covers both, without loading all of zod.
config({ jitless: true });
