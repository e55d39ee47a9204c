import * as z from 'zod/mini';
import {
  ActionId,
  CountryCode,
  Locale,
  NonEmptyText,
  ObjectiveNumber,
  SdgTargetId,
  Slug,
} from './primitives.js';

/*
 * Labels come in the language a request asks for (`lang`, else `Accept-Language`) where an
 * official wording exists in it, and in English otherwise. Each labelled record says which
 * language its label is in, so a page can mark English fallbacks with `lang="en"`.
 */

/** One lettered action of an objective, e.g. Objective 10 (j) "Invest in awareness-raising campaigns". */
export const ObjectiveAction = z.object({
  id: ActionId,
  letter: z.string().check(z.regex(/^[a-z]$/, 'must be one lower-case letter')),
  /** The action's lead sentence, short enough for a filter label. */
  title: NonEmptyText,
  /** The full text of the action as the Compact states it. */
  text: NonEmptyText,
  /** Language of `title` and `text`. */
  lang: Locale,
});

export const Objective = z.object({
  number: ObjectiveNumber,
  /** The objective as the Compact words it. */
  title: NonEmptyText,
  /** The Migration Network Hub's short name of the objective. */
  shortTitle: NonEmptyText,
  /** Language of `title` and `shortTitle`; each action carries its own. */
  lang: Locale,
  actions: z.array(ObjectiveAction),
  sdgTargets: z.array(SdgTargetId),
});

/** An objective as the API serves it: with the number of published practices linked to it. */
export const ObjectiveWithCount = z.extend(Objective, {
  practiceCount: z.int().check(z.nonnegative()),
});

export const GuidingPrinciple = z.object({
  id: Slug,
  /** The principle's name as the Compact gives it. */
  title: NonEmptyText,
  /** Language of `title`. */
  lang: Locale,
  /** A one-line explanation written for this catalogue, in English. */
  description: NonEmptyText,
});

/** In English. */
export const SdgTarget = z.object({
  id: SdgTargetId,
  goal: z.int().check(z.minimum(1), z.maximum(17)),
  goalTitle: NonEmptyText,
  text: NonEmptyText,
});

export const Region = z.object({
  id: Slug,
  name: NonEmptyText,
  /** Language of `name`. */
  lang: Locale,
});

export const Country = z.object({
  code: CountryCode,
  /** The United Nations short name of the country, in `lang`. */
  name: NonEmptyText,
  /** Language of `name`. */
  lang: Locale,
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

/** In English. */
export const ImplementerType = z.object({
  id: ImplementerTypeId,
  label: NonEmptyText,
});

/** Everything a filter UI needs to label the ids found on practices, in one response. */
export const Taxonomies = z.object({
  objectives: z.array(
    z.pick(Objective, { number: true, title: true, shortTitle: true, lang: true }),
  ),
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
