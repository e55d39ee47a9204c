import * as z from 'zod/mini';
import {
  AuditEntry,
  AuditList,
  Campaign,
  CampaignList,
  CampaignQuery,
  LabelQuery,
  Objective,
  ObjectiveWithCount,
  Practice,
  PracticeList,
  PracticeQuery,
  Problem,
  RelatedPractices,
  Resource,
  ResourceList,
  ResourceQuery,
  Reviewer,
  ReviewSubmission,
  ReviewSubmissionList,
  SubmissionReceipt,
  SubmissionStatus,
  SubmissionView,
  Taxonomies,
} from '../src/index.js';
import { requestBodySchemas, securitySchemes, writePaths } from './write-paths.js';

/**
 * The OpenAPI 3.1 document of API v1, generated from the contract's schemas so
 * the document cannot say something the code does not do.
 */

type JsonSchema = Record<string, unknown>;
type ObjectSchema = z.ZodMiniObject<z.core.$ZodLooseShape>;

const components = {
  Practice,
  Resource,
  Campaign,
  Objective,
  ObjectiveWithCount,
  Taxonomies,
  Problem,
  PracticeList,
  RelatedPractices,
  ResourceList,
  CampaignList,
  SubmissionStatus,
  SubmissionReceipt,
  SubmissionView,
  Reviewer,
  ReviewSubmission,
  ReviewSubmissionList,
  AuditEntry,
  AuditList,
} as const;

type ComponentName = keyof typeof components;

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  // Component ids are JSON-pointer fragments, which 2020-12 forbids in `$id`: refs carry them instead.
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  q: 'Full-text search over title, summary, takeaway and implementers.',
  objective: 'GCM objective number (1–23). Repeat to match any of several.',
  action: 'Objective action, objective number then letter (`10a`). Repeatable.',
  principle: 'Guiding principle id. Repeatable.',
  country: 'ISO 3166-1 alpha-3 country code. Repeatable.',
  region: 'Region id. Repeatable.',
  implementerType: 'Type of implementing organisation. Repeatable.',
  sdgTarget: 'SDG target (`8.7`). Repeatable.',
  status: 'Practice status. Repeatable.',
  category: 'Publication category. Repeatable.',
  yearFrom: 'Keep items whose period (or year) reaches this year or later.',
  yearTo: 'Keep items whose period (or year) starts in this year or earlier.',
  featured: 'Only featured (`true`) or only non-featured (`false`) practices.',
  campaign: 'Id of the campaign a practice was collected through.',
  facets: 'Fields to count values of, each counted without its own filter. Repeatable.',
  sort:
    'Order of results. Without it: relevance when `q` is given; otherwise featured Repository ' +
    'practices first, then newest (publications: newest). Items with no date come last in ' +
    '`newest` and `oldest`.',
  lang:
    'Language of the labels (facet labels, objective and action titles, principle, region and ' +
    'country names). Without it `Accept-Language` decides; a label with no official wording in ' +
    'the language comes in English. Practice and publication texts stay in the language they ' +
    'were written in (their `lang`).',
  page: 'Page number, from 1.',
  pageSize: 'Items per page, at most 100.',
  active: 'Only campaigns current at `at`.',
  at: 'Instant or date for `active` (default: now).',
  kind: 'Campaign kind. Repeatable.',
  series: 'Campaign series id, grouping the yearly occurrences of one campaign.',
};

function queryParameters(schema: ObjectSchema): JsonSchema[] {
  const shape = schema._zod.def.shape;
  return Object.entries(shape).map(([name, field]) => {
    const fieldSchema = z.toJSONSchema(field as z.ZodMiniType, {
      target: 'draft-2020-12',
      io: 'input',
    }) as JsonSchema;
    delete fieldSchema.$schema;
    const parameter: JsonSchema = {
      name,
      in: 'query',
      required: false,
      description: PARAMETER_DESCRIPTIONS[name] ?? name,
      schema: fieldSchema,
    };
    if (fieldSchema.type === 'array') {
      parameter.style = 'form';
      parameter.explode = true;
    }
    return parameter;
  });
}

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const jsonResponse = (name: ComponentName, description: string) => ({
  description,
  headers: {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/Cache-Control' },
    'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
  },
  content: { 'application/json': { schema: ref(name) } },
});

/** A response whose labels follow `lang` / `Accept-Language`. */
const labelledResponse = <R extends { headers: Record<string, unknown> }>(response: R): R => ({
  ...response,
  headers: {
    ...response.headers,
    'Content-Language': { $ref: '#/components/headers/Content-Language' },
  },
});

const listResponse = (name: ComponentName, description: string) => {
  const response = jsonResponse(name, description);
  return {
    ...response,
    headers: { ...response.headers, Link: { $ref: '#/components/headers/Link' } },
  };
};

const errors = {
  '304': { description: 'Not modified: the `If-None-Match` ETag still matches.' },
  '400': problemResponse('A parameter is invalid; `invalidParams` names each one.'),
};

const pathParameter = (name: string, description: string, schema: JsonSchema) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});

const slugSchema = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 120 };

/** Version of the HTTP API described, not of any npm package: it changes with the wire format. */
export const API_VERSION = '1.0.0';

export function buildOpenApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'GCM Practices API',
      version: API_VERSION,
      summary: 'Practices implementing the Global Compact for Migration, for partner websites.',
      description:
        'API over the Migration Network Hub Repository of Practices: practices, the 23 GCM ' +
        'objectives and their actions, publications, awareness days and calls for practices, ' +
        'read by anyone; submissions to calls for practices and their peer review. Errors are ' +
        'RFC 9457 problem details; a 422 lists every invalid field of a body in `errors`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'Local reference API' }],
    tags: [
      { name: 'practices' },
      { name: 'objectives' },
      { name: 'resources' },
      { name: 'campaigns' },
      { name: 'taxonomies' },
      { name: 'submissions', description: 'Calls for practices: submit, follow, reply.' },
      { name: 'review', description: 'Peer review, for reviewer and admin tokens.' },
    ],
    paths: {
      '/v1/practices': {
        get: {
          operationId: 'listPractices',
          tags: ['practices'],
          summary: 'Search and filter practices',
          parameters: queryParameters(PracticeQuery),
          responses: {
            '200': labelledResponse(listResponse('PracticeList', 'A page of practices.')),
            ...errors,
          },
        },
      },
      '/v1/practices/{id}': {
        get: {
          operationId: 'getPractice',
          tags: ['practices'],
          summary: 'One practice',
          parameters: [pathParameter('id', 'Practice id (slug).', slugSchema)],
          responses: {
            '200': jsonResponse('Practice', 'The practice.'),
            '304': errors['304'],
            '404': problemResponse('No practice has this id.'),
          },
        },
      },
      '/v1/practices/{id}/related': {
        get: {
          operationId: 'getRelatedPractices',
          tags: ['practices'],
          summary: 'Up to three practices like this one',
          description:
            'Other practices filed under the same primary objective first, then those sharing ' +
            'more of its objective actions, then featured ones, then by id.',
          parameters: [pathParameter('id', 'Practice id (slug).', slugSchema)],
          responses: {
            '200': jsonResponse('RelatedPractices', 'Up to three related practices.'),
            '304': errors['304'],
            '404': problemResponse('No practice has this id.'),
          },
        },
      },
      '/v1/objectives': {
        get: {
          operationId: 'listObjectives',
          tags: ['objectives'],
          summary: 'The 23 GCM objectives with their actions and practice counts',
          parameters: queryParameters(LabelQuery),
          responses: {
            '200': {
              description: 'All objectives, in order.',
              headers: {
                'Content-Language': { $ref: '#/components/headers/Content-Language' },
              },
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['data'],
                    properties: { data: { type: 'array', items: ref('ObjectiveWithCount') } },
                  },
                },
              },
            },
            '304': errors['304'],
            '400': errors['400'],
          },
        },
      },
      '/v1/objectives/{number}': {
        get: {
          operationId: 'getObjective',
          tags: ['objectives'],
          summary: 'One GCM objective',
          parameters: [
            pathParameter('number', 'Objective number.', {
              type: 'integer',
              minimum: 1,
              maximum: 23,
            }),
            ...queryParameters(LabelQuery),
          ],
          responses: {
            '200': labelledResponse(jsonResponse('ObjectiveWithCount', 'The objective.')),
            '304': errors['304'],
            '400': problemResponse('The number is not an objective number, or `lang` is invalid.'),
            '404': problemResponse('No objective has this number.'),
          },
        },
      },
      '/v1/resources': {
        get: {
          operationId: 'listResources',
          tags: ['resources'],
          summary: 'Search and filter the publications of the resource library',
          parameters: queryParameters(ResourceQuery),
          responses: {
            '200': labelledResponse(listResponse('ResourceList', 'A page of publications.')),
            ...errors,
          },
        },
      },
      '/v1/resources/{id}': {
        get: {
          operationId: 'getResource',
          tags: ['resources'],
          summary: 'One publication',
          parameters: [pathParameter('id', 'Publication id (slug).', slugSchema)],
          responses: {
            '200': jsonResponse('Resource', 'The publication.'),
            '304': errors['304'],
            '404': problemResponse('No publication has this id.'),
          },
        },
      },
      '/v1/campaigns': {
        get: {
          operationId: 'listCampaigns',
          tags: ['campaigns'],
          summary: 'Awareness days and calls for practices',
          parameters: queryParameters(CampaignQuery),
          responses: { '200': listResponse('CampaignList', 'A page of campaigns.'), ...errors },
        },
      },
      '/v1/taxonomies': {
        get: {
          operationId: 'getTaxonomies',
          tags: ['taxonomies'],
          summary: 'Labels of every id used on practices, for filter controls',
          parameters: queryParameters(LabelQuery),
          responses: {
            '200': labelledResponse(
              jsonResponse('Taxonomies', 'Objectives, actions, principles, regions, …'),
            ),
            '304': errors['304'],
            '400': errors['400'],
          },
        },
      },
      ...writePaths(queryParameters),
    },
    components: {
      schemas: { ...componentSchemas(), ...requestBodySchemas() },
      securitySchemes,
      headers: {
        ETag: { description: 'Strong validator of the body.', schema: { type: 'string' } },
        'Cache-Control': { description: 'Caching policy.', schema: { type: 'string' } },
        'X-Request-Id': {
          description: 'Id of this request, repeated in problem bodies and logs.',
          schema: { type: 'string' },
        },
        Link: {
          description: 'RFC 8288 links to the first, previous, next and last pages.',
          schema: { type: 'string' },
        },
        'Content-Language': {
          description:
            'Language the labels were asked in (`lang`, else `Accept-Language`, else `en`). ' +
            'Labels with no official wording in it are in English; each says its own `lang`.',
          schema: { type: 'string', enum: ['en', 'fr', 'es', 'ar'] },
        },
      },
    },
  };
}
