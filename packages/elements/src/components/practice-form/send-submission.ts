import type { SubmissionInput, SubmissionReceipt } from '@gcm-practices/contract';
import { createSubmission } from '@gcm-practices/sdk';
import type { PracticesClient } from '../../shared/data-controller.js';

/**
 * `POST /v1/submissions`: the practice, once. With an idempotency key the
 * SDK may retry a lost answer, and the API then answers the retry with the
 * first receipt instead of storing the practice twice.
 */
export function sendSubmission(
  client: PracticesClient,
  input: SubmissionInput,
  { idempotencyKey }: { idempotencyKey: string },
): Promise<SubmissionReceipt> {
  return createSubmission(client, input, { idempotencyKey });
}
