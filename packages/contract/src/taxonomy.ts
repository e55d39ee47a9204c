import * as z from 'zod/mini';
import {
  ActionId,
  CountryCode,
  NonEmptyText,
  ObjectiveNumber,
  SdgTargetId,
  Slug,
} from './primitives.js';

/** One lettered action of an objective, e.g. Objective 10 (j) "Invest in awareness-raising campaigns". */
export const ObjectiveAction = z.object({
  id: ActionId,
  letter: z.string().check(z.regex(/^[a-z]$/, 'must be one lower-case letter')),
  /** The action's lead sentence, short enough for a filter label. */
  title: NonEmptyText,
  /** The full text of the action as the Compact states it. */
  text: NonEmptyText,
});

export const Objective = z.object({
  number: ObjectiveNumber,
  title: NonEmptyText,
  shortTitle: NonEmptyText,
  actions: z.array(ObjectiveAction),
  sdgTargets: z.array(SdgTargetId),
});

/** An objective as the API serves it: with the number of published practices linked to it. */
export const ObjectiveWithCount = z.extend(Objective, {
  practiceCount: z.int().check(z.nonnegative()),
});

export const GuidingPrinciple = z.object({
  id: Slug,
  title: NonEmptyText,
  description: NonEmptyText,
});

export const SdgTarget = z.object({
  id: SdgTargetId,
  goal: z.int().check(z.minimum(1), z.maximum(17)),
  goalTitle: NonEmptyText,
  text: NonEmptyText,
});

export const Region = z.object({
  id: Slug,
  name: NonEmptyText,
});

export const Country = z.object({
  code: CountryCode,
  name: NonEmptyText,
  regions: z.array(Slug),
});

export const IMPLEMENTER_TYPES = [
  'government',
  'local-authority',
  'un-system',
  'intergovernmental',
  'civil-society',
  'private-sector',
  'academia',
  'multi-stakeholder',
] as const;

export const ImplementerTypeId = z.enum(
  IMPLEMENTER_TYPES,
  `must be one of ${IMPLEMENTER_TYPES.join(', ')}`,
);

export const ImplementerType = z.object({
  id: ImplementerTypeId,
  label: NonEmptyText,
});

/** Everything a filter UI needs to label the ids found on practices, in one response. */
export const Taxonomies = z.object({
  objectives: z.array(z.pick(Objective, { number: true, title: true, shortTitle: true })),
  actions: z.array(z.extend(ObjectiveAction, { objective: ObjectiveNumber })),
  principles: z.array(GuidingPrinciple),
  sdgTargets: z.array(SdgTarget),
  regions: z.array(Region),
  countries: z.array(Country),
  implementerTypes: z.array(ImplementerType),
});

export type ObjectiveAction = z.infer<typeof ObjectiveAction>;
export type Objective = z.infer<typeof Objective>;
export type ObjectiveWithCount = z.infer<typeof ObjectiveWithCount>;
export type GuidingPrinciple = z.infer<typeof GuidingPrinciple>;
export type SdgTarget = z.infer<typeof SdgTarget>;
export type Region = z.infer<typeof Region>;
export type Country = z.infer<typeof Country>;
export type ImplementerTypeId = z.infer<typeof ImplementerTypeId>;
export type ImplementerType = z.infer<typeof ImplementerType>;
export type Taxonomies = z.infer<typeof Taxonomies>;
