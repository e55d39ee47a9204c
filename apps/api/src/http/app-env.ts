import type { LanguageVariables } from 'hono/language';
import type { RequestIdVariables } from 'hono/request-id';
import type { CatalogueService } from '../catalogue/catalogue-service.js';
import type { Store } from '../store/catalogue-store.js';
import type { Reviewer } from '../submissions/reviewer-tokens.js';
import type { SubmissionSettings } from '../submissions/settings.js';

/** Per-request variables every handler can read (`c.var`). */
export interface AppEnv {
  Variables: RequestIdVariables &
    LanguageVariables & {
      /** The store: records and transactions. */
      store: Store;
      /** The catalogue as routes read it, with what derives from it cached per version. */
      catalogue: CatalogueService;
      /** Base of the links the API writes (`PUBLIC_URL`); undefined: the request's own origin. */
      publicUrl: string | undefined;
      /** How submissions are taken and reviewed. */
      submissions: SubmissionSettings;
      /** The holder of the request's reviewer token, on review routes. */
      reviewer: Reviewer;
    };
}
