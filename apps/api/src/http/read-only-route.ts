import type { Handler, Hono } from 'hono';
import type { AppEnv } from './app-env.js';
import { methodNotAllowed } from './problem.js';

/**
 * Register a GET route (Hono answers HEAD with it too) and a 405 for every
 * other method on the same path, so a POST learns which methods exist
 * instead of being told the resource is missing. OPTIONS never gets here:
 * the CORS middleware answers it first.
 */
export function readOnlyRoute(app: Hono<AppEnv>, path: string, handler: Handler<AppEnv>): void {
  app.get(path, handler);
  app.all(path, (c) => methodNotAllowed(c));
}
