import type { Campaign } from '@gcm-practices/contract';
import type { CampaignField, SourceNotes } from './provenance/notes.js';

/** A campaign as this dataset keeps it: the wire record plus the notes that source it. */
export type CuratedCampaign = Campaign & { sources: SourceNotes<CampaignField> };

const WORLD_DAY_SERIES = 'world-day-against-trafficking';
const WORLD_DAY_2024_THEME = 'Leave No Child Behind in the Fight Against Human Trafficking';

/**
 * One yearly World Day Against Trafficking in Persons, 30 July. `opens` is not a fact about the
 * day but this catalogue's choice of promotion window: banners start four weeks earlier, on
 * 2 July, and stop after the day.
 */
function worldDayAgainstTrafficking(year: number, theme: string | null): CuratedCampaign {
  return {
    id: `${WORLD_DAY_SERIES}-${year}`,
    kind: 'awareness-day',
    title: `World Day Against Trafficking in Persons ${year}`,
    theme,
    description:
      theme === null
        ? 'The yearly United Nations observance against trafficking in persons, held on 30 July. The theme of this year is not recorded in this dataset.'
        : `The yearly United Nations observance against trafficking in persons, held on 30 July. Theme of ${year}: ${theme}.`,
    observance: `${year}-07-30`,
    opens: `${year}-07-02`,
    closes: `${year}-07-30`,
    callToAction: {
      label: 'About the World Day Against Trafficking in Persons',
      url: 'https://www.un.org/en/observances/end-human-trafficking-day',
    },
    objectives: [10],
    recurrence: 'yearly',
    series: WORLD_DAY_SERIES,
    sources: [
      {
        source: 'unObservance',
        fields: ['title', 'description', 'observance', 'closes', 'callToAction', 'recurrence'],
        note: 'The United Nations observes the day every year on 30 July; the campaign closes on the day.',
      },
      {
        source: 'featuredPractices2024',
        fields: ['objectives', ...(theme === null ? [] : (['theme'] as const))],
        note: 'The 2024 theme, and the link of the day to Objective 10 through the call for practices held for it.',
      },
      {
        source: 'unObservance',
        fields: ['opens'],
        note: "Derived, not sourced: this catalogue's promotion window opens four weeks before the day (2 July).",
      },
    ],
  };
}

/**
 * Awareness days and calls for practices, from the Hub's 2024 call for practices and its
 * featured-practices page. Themes after 2024 are not in the sources, so they are null; the
 * sources do not say when the 2024 call opened, so its `opens` is null.
 */
export const curatedCampaigns: CuratedCampaign[] = [
  {
    id: 'call-for-practices-2024',
    kind: 'call-for-practices',
    title: 'Call for Practices: Preventing, combating and eradicating trafficking in persons',
    theme: WORLD_DAY_2024_THEME,
    description:
      "A joint call of IOM's Migrant Protection Platform and the Migration Network Hub, ahead of the World Day Against Trafficking in Persons 2024, for programmes and policies relevant to Objective 10 of the Global Compact for Migration that address the day's theme. Submissions were open to UN Member States, Network members and other migration actors; practices had to be fully or mostly completed so that their lessons could be shared. The call brought 12 new practice submissions to the Repository of Practices.",
    observance: null,
    opens: null,
    closes: '2024-06-24',
    callToAction: {
      label: 'How to submit a practice to the Migration Network Hub',
      url: 'https://migrationnetwork.un.org/hub/repository-of-practices',
    },
    objectives: [10],
    recurrence: null,
    series: 'call-for-practices',
    sources: [
      {
        source: 'callForPractices2024',
        fields: ['title', 'theme', 'description', 'closes', 'objectives'],
        note: 'Deadline to submit a practice: 24 June 2024. The page gives no opening day.',
      },
      {
        source: 'featuredPractices2024',
        fields: ['description'],
        note: 'The call resulted in 12 new practice submissions.',
      },
      {
        source: 'repositoryOfPractices',
        fields: ['callToAction'],
        note: 'The Repository page whose "Submit a practice" section leads to the submission instructions and form.',
      },
    ],
  },
  worldDayAgainstTrafficking(2024, WORLD_DAY_2024_THEME),
  worldDayAgainstTrafficking(2025, null),
  worldDayAgainstTrafficking(2026, null),
  worldDayAgainstTrafficking(2027, null),
];

export const campaigns: Campaign[] = curatedCampaigns.map(
  ({ sources: _sources, ...campaign }) => campaign,
);
