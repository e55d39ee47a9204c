import {
  type Campaign,
  type Practice,
  practiceFromSubmission,
  submissionPracticeId,
} from '@gcm-practices/contract';
import type { Client, ReviewSubmission } from '@gcm-practices/sdk';

/*
 * A submission as the catalogue will publish it, made with the API's own
 * mapping from the contract: what reviewers see is what two approvals put
 * in the Repository of Practices.
 */

/** The calls for practices, fetched once per page: a submission names its call by id. */
let campaigns: Promise<Campaign[]> | undefined;

async function campaignOf(client: Client, id: string | null): Promise<Campaign | undefined> {
  if (id === null) return undefined;
  campaigns ??= client.campaigns.list({ pageSize: 100 }).then((page) => page.data);
  try {
    return (await campaigns).find((c) => c.id === id);
  } catch (error) {
    campaigns = undefined; // asked again next time
    throw error;
  }
}

/**
 * The practice `submission` is once published: under the id it is published with (or will
 * be), dated the day it was published, or today (UTC, as the API dates it) until then.
 */
export async function practicePreview(
  client: Client,
  submission: ReviewSubmission,
  now = new Date(),
): Promise<Practice> {
  const published = submission.history.findLast((entry) => entry.action === 'published');
  return practiceFromSubmission(submission.practice, {
    id: submission.practiceId ?? submissionPracticeId(submission.title, submission.reference),
    reference: submission.reference,
    campaign: await campaignOf(client, submission.campaign),
    today: (published?.at ?? now.toISOString()).slice(0, 10),
  });
}
