// Our SDK as an app would bundle it for the practices endpoints (ky and zod/mini inside).
import { createClient } from '@gcm-practices/sdk';

const client = createClient({ baseUrl: 'https://practices-api.example.org' });
export const list = (query: Parameters<typeof client.practices.list>[0]) =>
  client.practices.list(query);
export const iterate = (query: Parameters<typeof client.practices.iterate>[0]) =>
  client.practices.iterate(query);
export const get = (id: string) => client.practices.get(id);
