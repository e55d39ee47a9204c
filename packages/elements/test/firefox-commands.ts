// The tests' `@web/test-runner-commands` in Firefox (test/firefox-commands-plugin.mjs serves this
// module for that import): the same commands, but `sendKeys` and `emulateMedia` go to that
// plugin's versions, which work in Firefox, with the same payloads.
import { executeServerCommand, type SendKeysPayload } from '@web/test-runner-commands';

export * from '@web/test-runner-commands';

type MediaOptions = Parameters<typeof import('@web/test-runner-commands').emulateMedia>[0];

export async function sendKeys(payload: SendKeysPayload): Promise<void> {
  await executeServerCommand('firefox-send-keys', payload);
}

export async function emulateMedia(options: MediaOptions): Promise<void> {
  await executeServerCommand('firefox-emulate-media', options);
}
