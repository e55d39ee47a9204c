import type { Campaign } from '@gcm-practices/contract';

const WORLD_DAY_SERIES = 'world-day-against-trafficking';
const WORLD_DAY_2024_THEME = 'Leave No Child Behind in the Fight Against Human Trafficking';

/**
 * One yearly World Day Against Trafficking in Persons. The day is 30 July every year; a banner
 * starts promoting it four weeks earlier (2 July) and stops after the day.
 */
function worldDayAgainstTrafficking(year: number, theme: string | null): Campaign {
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
  };
}

/**
 * Awareness days and calls for practices, from the Hub's 2024 call for practices and its
 * featured-practices page. Themes after 2024 are not in the sources, so they are null.
 */
export const campaigns: Campaign[] = [
  {
    id: 'call-for-practices-2024',
    kind: 'call-for-practices',
    title: 'Call for Practices: Preventing, combating and eradicating trafficking in persons',
    theme: WORLD_DAY_2024_THEME,
    description:
      "A joint call of IOM's Migrant Protection Platform and the Migration Network Hub, ahead of the World Day Against Trafficking in Persons 2024, for programmes and policies relevant to Objective 10 of the Global Compact for Migration that address the day's theme. Submissions were open to UN Member States, Network members and other migration actors; practices had to be fully or mostly completed so that their lessons could be shared. The call brought 12 new practices to the Repository of Practices.",
    observance: null,
    // The sources give the deadline but not the day the call opened. This dataset assumes the
    // same four-week window as the awareness day: the call opens 28 days before its deadline.
    opens: '2024-05-27',
    closes: '2024-06-24',
    callToAction: {
      label: 'Submit a practice to the Migration Network Hub',
      url: 'https://migrationnetwork.un.org/hub',
    },
    objectives: [10],
    recurrence: null,
    series: 'call-for-practices',
  },
  worldDayAgainstTrafficking(2024, WORLD_DAY_2024_THEME),
  worldDayAgainstTrafficking(2025, null),
  worldDayAgainstTrafficking(2026, null),
  worldDayAgainstTrafficking(2027, null),
];
