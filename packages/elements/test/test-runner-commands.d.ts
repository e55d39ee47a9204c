// The browser half of @web/test-runner-commands, which @web/test-runner bundles
// (web-test-runner.config.mjs resolves the import to that copy).
declare module '@web/test-runner-commands' {
  export type SendKeysPayload =
    | { type: string }
    | { press: string }
    | { down: string }
    | { up: string };
  export function sendKeys(payload: SendKeysPayload): Promise<void>;
  export function emulateMedia(options: {
    media?: 'screen' | 'print';
    colorScheme?: 'light' | 'dark' | 'no-preference';
    reducedMotion?: 'reduce' | 'no-preference';
    forcedColors?: 'active' | 'none';
  }): Promise<void>;
  export function setViewport(viewport: { width: number; height: number }): Promise<void>;
  export function resetMouse(): Promise<void>;
  export function executeServerCommand<R = unknown, P = unknown>(
    command: string,
    payload?: P,
  ): Promise<R>;
}
