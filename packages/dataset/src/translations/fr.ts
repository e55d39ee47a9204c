import type { HubPage } from '../provenance/sources.js';
import type { LabelTranslations } from './label-translations.js';
import { fullTitleSources } from './label-translations.js';

const HUB_FILTERS_FR =
  'https://migrationnetwork.un.org/fr/hub?country=All&cross_cutting_theme=All&gcm_objectives=288&other_language=All&region=All&text=';
const OBJECTIVE_10_FR = 'https://migrationnetwork.un.org/fr/taxonomy/term/288';

/**
 * The French Hub page of each objective whose full title was found there. Objectives 3, 7, 17
 * and 18 have none on record, so they stay in English (title and short title together).
 */
const FULL_TITLE_PAGES: Readonly<Record<number, HubPage>> = {
  1: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/279',
  2: 'https://migrationnetwork.un.org/fr/taxonomy/term/280?page=1',
  4: 'https://migrationnetwork.un.org/fr/taxonomy/term/282?page=0',
  5: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/283?page=17',
  6: 'https://migrationnetwork.un.org/fr/taxonomy/term/284',
  8: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/286?type=practice_repository',
  9: 'https://migrationnetwork.un.org/fr/taxonomy/term/287',
  10: 'https://migrationnetwork.un.org/fr/taxonomy/term/288',
  11: 'https://migrationnetwork.un.org/fr/taxonomy/term/289',
  12: 'https://migrationnetwork.un.org/fr/taxonomy/term/290',
  13: 'https://migrationnetwork.un.org/fr/taxonomy/term/291',
  14: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/292?page=1',
  15: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/293?type=practice_repository',
  16: 'https://migrationnetwork.un.org/fr/taxonomy/term/294',
  19: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/297?page=14',
  20: 'https://migrationnetwork.un.org/fr/taxonomy/term/298?page=2',
  21: 'https://migrationnetwork.un.org/fr/taxonomy/term/299?page=1',
  22: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/300?type=video',
  23: 'https://migrationnetwork.un.org/fr/taxonomy/term/detail/301?page=1',
};

/** French: the Migration Network Hub's French pages, which carry the Compact's official French text. */
export const fr: LabelTranslations = {
  objectives: {
    1: {
      title:
        'Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits',
      shortTitle: 'Données',
    },
    2: {
      title:
        'Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine',
      shortTitle: 'Lutter contre les facteurs négatifs',
    },
    4: {
      title: 'Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats',
      shortTitle: 'Identité légale et papiers',
    },
    5: {
      title:
        'Faire en sorte que les filières de migration régulière soient accessibles et plus souples',
      shortTitle: 'Filières de migration régulière',
    },
    6: {
      title:
        'Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent',
      shortTitle: 'Recrutement et travail décent',
    },
    8: {
      title:
        'Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus',
      shortTitle: 'Sauver des vies',
    },
    9: {
      title: 'Renforcer l’action transnationale face au trafic de migrants',
      shortTitle: 'Combattre le trafic de migrants',
    },
    10: {
      title:
        'Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales',
      shortTitle: 'Éradiquer la traite de personnes',
    },
    11: {
      title: 'Gérer les frontières de manière intégrée, sûre et coordonnée',
      shortTitle: 'Gérer les frontières',
    },
    12: {
      title:
        'Veiller à l’invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés',
      shortTitle: 'Contrôle, évaluation et orientation',
    },
    13: {
      title:
        'Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange',
      shortTitle: 'Alternatives à la rétention',
    },
    14: {
      title:
        'Renforcer la protection, l’assistance et la coopération consulaires tout au long du cycle migratoire',
      shortTitle: 'Protection consulaire',
    },
    15: {
      title: 'Assurer l’accès des migrants aux services de base',
      shortTitle: 'Accès aux services de base',
    },
    16: {
      title:
        'Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale',
      shortTitle: 'Intégration et cohésion sociale',
    },
    19: {
      title:
        'Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays',
      shortTitle: 'Contributions des migrants et diaspora',
    },
    20: {
      title:
        'Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser l’inclusion financière des migrants',
      shortTitle: 'Envois de fonds',
    },
    21: {
      title:
        'Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dignité, ainsi que leur réintégration durable',
      shortTitle: 'Retour digne et réintégration durable',
    },
    22: {
      title:
        'Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis',
      shortTitle: 'Protection sociale',
    },
    23: {
      title:
        'Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières',
      shortTitle: 'Coopération internationale',
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
  // Of our regions only Oceania is one of the Hub's French region filters.
  regions: { oceania: { name: 'Océanie' } },
  countries: {},
  sources: [
    {
      source: HUB_FILTERS_FR,
      groups: ['objectives', 'principles', 'regions'],
      note: 'Short titles of the objectives ("10 – Éradiquer la traite de personnes"), the names of the guiding principles and of the regions, from the filters of the French Hub.',
    },
    ...fullTitleSources(FULL_TITLE_PAGES, 'French'),
    {
      source: OBJECTIVE_10_FR,
      groups: ['objectives', 'actions'],
      note: 'The French Hub page of Objective 10: its full title and the text of its actions. The action has no separate lead phrase in French; as in English for (a), the title is the whole text.',
    },
  ],
};
