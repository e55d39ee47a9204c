// First, before anything that defines a zod schema: see zod-jitless.ts.
import './zod-jitless.js';

export type {
  AuditEntry,
  AuditList,
  AuditQueryInput,
  Campaign,
  CampaignList,
  CampaignQueryInput,
  Decision,
  DecisionInput,
  FieldError,
  Objective,
  ObjectiveWithCount,
  Practice,
  PracticeList,
  PracticeQueryInput,
  Problem,
  Resource,
  ResourceList,
  ResourceQueryInput,
  Reviewer,
  ReviewerRole,
  ReviewQueryInput,
  ReviewSubmission,
  ReviewSubmissionList,
  ReviewSubmissionSummary,
  SubmissionInput,
  SubmissionMessage,
  SubmissionReceipt,
  SubmissionReplyInput,
  SubmissionStatus,
  SubmissionView,
  Taxonomies,
  UnpublishInput,
} from '@gcm-practices/contract';
export {
  type BaseClient,
  createBaseClient,
  type GetOptions,
  type SendOptions,
} from './base-client.js';
export {
  type CampaignListQuery,
  type CampaignsApi,
  campaignsApi,
  listCampaigns,
} from './campaigns.js';
export { type Client, createClient } from './client.js';
export { ApiError, type ApiErrorInit } from './errors/api-error.js';
export type { ErrorKind } from './errors/brand.js';
export { type ContractIssue, ContractMismatchError } from './errors/contract-mismatch-error.js';
export { GcmPracticesError, type RequestLine } from './errors/gcm-practices-error.js';
export {
  isAbortError,
  isApiError,
  isContractMismatchError,
  isGcmPracticesError,
  isNetworkError,
  isNotFoundError,
  isRateLimitedError,
  isTimeoutError,
  isValidationError,
} from './errors/guards.js';
export { NetworkError } from './errors/network-error.js';
export { NotFoundError } from './errors/not-found-error.js';
export { RateLimitedError } from './errors/rate-limited-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { ValidationError } from './errors/validation-error.js';
export {
  getObjective,
  listObjectives,
  ObjectiveList,
  type ObjectivesApi,
  objectivesApi,
} from './objectives.js';
export type {
  CallOptions,
  ClientOptions,
  Hooks,
  ResponseInfo,
  RetryOptions,
} from './options.js';
export {
  getPractice,
  iteratePractices,
  listPractices,
  type PracticesApi,
  practicesApi,
  relatedPractices,
} from './practices.js';
export {
  getResource,
  iterateResources,
  listResources,
  type ResourcesApi,
  resourcesApi,
} from './resources.js';
export type { Method } from './retry-policy.js';
export {
  decide,
  getReviewer,
  getReviewSubmission,
  listAuditEntries,
  listReviewSubmissions,
  type ReviewApi,
  reviewApi,
  unpublishSubmission,
} from './review.js';
export {
  createSubmission,
  replyToReviewers,
  type SubmissionsApi,
  submissionStatus,
  submissionsApi,
  type WriteOptions,
} from './submissions.js';
export { getTaxonomies, type TaxonomiesApi, taxonomiesApi } from './taxonomies.js';
export { VERSION } from './version.js';
