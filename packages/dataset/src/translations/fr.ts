import type { LabelTranslations } from './label-translations.js';

const HUB_FILTERS_FR =
  'https://migrationnetwork.un.org/fr/hub?country=All&cross_cutting_theme=All&gcm_objectives=288&other_language=All&region=All&text=';
const OBJECTIVE_10_FR = 'https://migrationnetwork.un.org/fr/taxonomy/term/288';

/** French: the Migration Network Hub's French pages, which carry the Compact's official French text. */
export const fr: LabelTranslations = {
  objectives: {
    10: {
      title:
        'Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales',
      shortTitle: 'Éradiquer la traite de personnes',
    },
  },
  actions: {
    '10a': {
      title:
        'Promouvoir la ratification du Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, ainsi que l’adhésion à cet instrument et son application',
      text: 'Promouvoir la ratification du Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, ainsi que l’adhésion à cet instrument et son application',
    },
  },
  principles: {
    'people-centred': { title: 'Priorité à la dimension humaine' },
    'international-cooperation': { title: 'Coopération internationale' },
    'national-sovereignty': { title: 'Souveraineté nationale' },
    'rule-of-law-and-due-process': {
      title: 'Primauté du droit et garanties d’une procédure régulière',
    },
    'sustainable-development': { title: 'Développement durable' },
    'human-rights': { title: 'Droits de l’homme' },
    'gender-responsive': { title: 'Prise en compte de la problématique femmes-hommes' },
    'child-sensitive': { title: 'Adaptation aux besoins de l’enfant' },
    'whole-of-government-approach': {
      title: 'Approche mobilisant l’ensemble des pouvoirs publics',
    },
    'whole-of-society-approach': { title: 'Approche mobilisant l’ensemble de la société' },
  },
  regions: {},
  countries: {},
  sources: [
    {
      source: HUB_FILTERS_FR,
      groups: ['objectives', 'principles'],
      note: 'Short titles of the objectives ("10 – Éradiquer la traite de personnes") and the names of the guiding principles, from the filters of the French Hub.',
    },
    {
      source: OBJECTIVE_10_FR,
      groups: ['objectives', 'actions'],
      note: 'The French Hub page of Objective 10: its full title and the text of its actions. The action has no separate lead phrase in French; as in English for (a), the title is the whole text.',
    },
  ],
};
