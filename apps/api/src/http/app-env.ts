import type { RequestIdVariables } from 'hono/request-id';

/** Per-request variables every handler can read. */
export interface AppEnv {
  Variables: RequestIdVariables;
}
