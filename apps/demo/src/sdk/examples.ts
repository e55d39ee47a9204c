/*
 * The SDK examples page runs these functions and shows their source: the code between each
 * `#region` and `#endregion` is printed on the page as it is written here.
 */
import {
  type ApiError,
  type Client,
  createClient,
  isApiError,
  isNetworkError,
  isNotFoundError,
  type NetworkError,
  type Practice,
  type PracticeList,
  type ResourceList,
} from '@gcm-practices/sdk';

export function makeClient(api: string): Client {
  // #region client
  const client = createClient({ baseUrl: api, lang: 'en', timeout: 8000 });
  // #endregion client
  return client;
}

export async function listWithFilters(client: Client): Promise<PracticeList> {
  // #region list
  const page = await client.practices.list({
    objective: [10],
    region: ['south-america', 'central-america'],
    facets: ['country', 'implementerType'],
    sort: 'title',
    pageSize: 10,
  });
  console.log(
    `${page.meta.total} practices`,
    page.data.map((p) => p.title),
  );
  console.log(page.facets?.country); // [{ value: 'BRA', label: 'Brazil', count: 2 }, …]
  // #endregion list
  return page;
}

export async function iterateAll(client: Client): Promise<string[]> {
  // #region iterate
  const titles: string[] = [];
  for await (const practice of client.practices.iterate({ objective: [10], pageSize: 5 })) {
    titles.push(practice.title); // the next page is fetched when this one runs out
  }
  // #endregion iterate
  return titles;
}

export async function getOne(client: Client): Promise<Practice> {
  // #region get
  const practice = await client.practices.get('pacaraima-committee');
  console.log(practice.title, practice.implementers[0]?.name, practice.takeaway);
  // #endregion get
  return practice;
}

export async function listLibrary(client: Client): Promise<ResourceList> {
  // #region resources
  const library = await client.resources.list({
    q: 'trafficking',
    region: ['worldwide'],
    facets: ['year'],
    sort: 'newest',
    pageSize: 5,
  });
  for (const publication of library.data) {
    // The library leaves some fields empty: no year, no address, no category.
    console.log(publication.year ?? 'undated', publication.title, publication.url ?? '');
  }
  console.log(library.facets?.year); // [{ value: '2010', label: '2010', count: 2 }, …]
  // #endregion resources
  return library;
}

export interface HandledError {
  call: string;
  kind: 'not found' | 'bad request' | 'network';
  message: string;
  status?: number;
  invalidParams?: string[];
}

export async function handleErrors(client: Client): Promise<HandledError[]> {
  const handled: HandledError[] = [];
  // #region errors
  const note = (call: string, kind: HandledError['kind'], error: ApiError | NetworkError) => {
    const entry: HandledError = { call, kind, message: error.message };
    if (isApiError(error)) {
      entry.status = error.status;
      entry.invalidParams = error.problem.invalidParams?.map((p) => `${p.name}: ${p.reason}`);
    }
    handled.push(entry);
  };
  const calls = {
    "practices.get('no-such-practice')": () => client.practices.get('no-such-practice'),
    'practices.list({ objective: [24] })': () => client.practices.list({ objective: [24] }),
  };
  for (const [call, run] of Object.entries(calls)) {
    try {
      await run();
    } catch (error) {
      if (isNotFoundError(error)) {
        note(call, 'not found', error); // 404: no such id
      } else if (isApiError(error)) {
        note(call, 'bad request', error); // error.problem names the parameter
      } else if (isNetworkError(error)) {
        note(call, 'network', error); // API unreachable, or blocked by CORS
      } else {
        throw error; // a bug, not a condition to handle
      }
    }
  }
  // #endregion errors
  return handled;
}
