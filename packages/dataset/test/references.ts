import type { Practice, Resource } from '@gcm-practices/contract';
import {
  campaigns,
  countries,
  guidingPrinciples,
  implementerTypes,
  objectives,
  practices,
  regions,
  resources,
  sdgTargets,
} from '../src/index.js';

/** Ids every record may refer to, gathered from the dataset itself. */
const known = {
  objectives: new Set(objectives.map((objective) => objective.number)),
  actions: new Map(
    objectives.flatMap((objective) =>
      objective.actions.map((action) => [action.id, objective.number] as const),
    ),
  ),
  principles: new Set(guidingPrinciples.map((principle) => principle.id)),
  sdgTargets: new Set(sdgTargets.map((target) => target.id)),
  regions: new Set(regions.map((region) => region.id)),
  countries: new Set(countries.map((country) => country.code)),
  implementerTypes: new Set<string>(implementerTypes.map((type) => type.id)),
  campaigns: new Set(campaigns.map((campaign) => campaign.id)),
};

/** Every reference of a practice that points at nothing in the dataset, as readable messages. */
export function practiceReferenceProblems(practice: Practice): string[] {
  const problems: string[] = [];
  const where = `practice ${practice.id}`;
  for (const code of practice.countries) {
    if (!known.countries.has(code)) problems.push(`${where}: unknown country ${code}`);
  }
  for (const region of practice.regions) {
    if (!known.regions.has(region)) problems.push(`${where}: unknown region ${region}`);
  }
  for (const number of practice.objectives) {
    if (!known.objectives.has(number)) problems.push(`${where}: unknown objective ${number}`);
  }
  for (const action of practice.actions) {
    const objective = known.actions.get(action);
    if (objective === undefined) problems.push(`${where}: unknown action ${action}`);
    else if (!practice.objectives.includes(objective)) {
      problems.push(`${where}: action ${action} without its objective ${objective}`);
    }
  }
  for (const principle of practice.principles) {
    if (!known.principles.has(principle)) problems.push(`${where}: unknown principle ${principle}`);
  }
  for (const target of practice.sdgTargets) {
    if (!known.sdgTargets.has(target)) problems.push(`${where}: unknown SDG target ${target}`);
  }
  for (const implementer of practice.implementers) {
    if (!known.implementerTypes.has(implementer.type)) {
      problems.push(`${where}: unknown implementer type ${implementer.type}`);
    }
  }
  if (practice.campaign !== null && !known.campaigns.has(practice.campaign)) {
    problems.push(`${where}: unknown campaign ${practice.campaign}`);
  }
  // A practice in a country is also in that country's regions.
  for (const code of practice.countries) {
    const country = countries.find((candidate) => candidate.code === code);
    for (const region of country?.regions ?? []) {
      if (!practice.regions.includes(region)) {
        problems.push(`${where}: country ${code} without its region ${region}`);
      }
    }
  }
  if (practice.publishedAt !== null && practice.updatedAt < practice.publishedAt) {
    problems.push(`${where}: updated before it was published`);
  }
  for (const id of practice.relatedResources) {
    const resource = resources.find((candidate) => candidate.id === id);
    if (!resource) problems.push(`${where}: unknown related resource ${id}`);
    else if (!resource.relatedPractices.includes(practice.id)) {
      problems.push(`${where}: resource ${id} does not link back`);
    }
  }
  return problems;
}

export function resourceReferenceProblems(resource: Resource): string[] {
  const problems: string[] = [];
  const where = `resource ${resource.id}`;
  for (const code of resource.countries) {
    if (!known.countries.has(code)) problems.push(`${where}: unknown country ${code}`);
  }
  for (const region of resource.regions) {
    if (!known.regions.has(region)) problems.push(`${where}: unknown region ${region}`);
  }
  for (const number of resource.objectives) {
    if (!known.objectives.has(number)) problems.push(`${where}: unknown objective ${number}`);
  }
  for (const id of resource.relatedPractices) {
    const practice = practices.find((candidate) => candidate.id === id);
    if (!practice) problems.push(`${where}: unknown related practice ${id}`);
    else if (!practice.relatedResources.includes(resource.id)) {
      problems.push(`${where}: practice ${id} does not link back`);
    }
  }
  return problems;
}

export { known };
