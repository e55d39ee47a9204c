import type { HubPage } from '../provenance/sources.js';
import { fullTitleSources, type LabelTranslations } from './label-translations.js';

const HUB_FILTERS_ES = 'https://migrationnetwork.un.org/es/hub?gcm_objectives=286';
const OBJECTIVE_10_ES = 'https://migrationnetwork.un.org/es/taxonomy/term/288';

/**
 * The Spanish Hub page of each objective whose full title was found there. Objectives 1, 3,
 * 15, 16, 17, 20 and 23 have none on record, so they stay in English (title and short title
 * together).
 */
const FULL_TITLE_PAGES: Readonly<Record<number, HubPage>> = {
  2: 'https://migrationnetwork.un.org/es/taxonomy/term/280?page=1',
  4: 'https://migrationnetwork.un.org/es/taxonomy/term/detail/282?page=3',
  5: 'https://migrationnetwork.un.org/es/taxonomy/term/283',
  6: 'https://migrationnetwork.un.org/es/taxonomy/term/284?page=6',
  7: 'https://migrationnetwork.un.org/es/taxonomy/term/285',
  8: 'https://migrationnetwork.un.org/es/taxonomy/term/286',
  9: 'https://migrationnetwork.un.org/es/taxonomy/term/detail/287?type=All',
  10: 'https://migrationnetwork.un.org/es/taxonomy/term/288?page=0',
  11: 'https://migrationnetwork.un.org/es/taxonomy/term/289',
  12: 'https://migrationnetwork.un.org/es/taxonomy/term/290?page=1',
  13: 'https://migrationnetwork.un.org/es/taxonomy/term/detail/291?page=4',
  14: 'https://migrationnetwork.un.org/es/taxonomy/term/detail/292',
  18: 'https://migrationnetwork.un.org/es/taxonomy/term/detail/296?page=4',
  19: 'https://migrationnetwork.un.org/es/taxonomy/term/297',
  21: 'https://migrationnetwork.un.org/es/taxonomy/term/detail/299?type=resource',
  22: 'https://migrationnetwork.un.org/es/taxonomy/term/detail/300?page=1',
};

/** Spanish: the Migration Network Hub's Spanish pages, which carry the Compact's official Spanish text. */
export const es: LabelTranslations = {
  objectives: {
    2: {
      title:
        'Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen',
      shortTitle: 'Minimizar factores adversos',
    },
    4: {
      title:
        'Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada',
      shortTitle: 'Identidad jurídica y documentación',
    },
    5: {
      title: 'Aumentar la disponibilidad y flexibilidad de las vías de migración regular',
      shortTitle: 'Vías de migración regular',
    },
    6: {
      title:
        'Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente',
      shortTitle: 'Contratación y trabajo decente',
    },
    7: {
      title: 'Abordar y reducir las vulnerabilidades en la migración',
      shortTitle: 'Reducir vulnerabilidades',
    },
    8: {
      title:
        'Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos',
      shortTitle: 'Salvar vidas',
    },
    9: {
      title: 'Reforzar la respuesta transnacional al tráfico ilícito de migrantes',
      shortTitle: 'Combatir el tráfico de migrantes',
    },
    10: {
      title:
        'Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional',
      shortTitle: 'Erradicar la trata de personas',
    },
    11: {
      title: 'Gestionar las fronteras de manera integrada, segura y coordinada',
      shortTitle: 'Gestión de fronteras',
    },
    12: {
      title:
        'Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación',
      shortTitle: 'Verificación de antecedentes y derivación',
    },
    13: {
      title:
        'Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas',
      shortTitle: 'Alternativas a la detención',
    },
    14: {
      title:
        'Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio',
      shortTitle: 'Protección consular',
    },
    18: {
      title:
        'Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias',
      shortTitle: 'Desarrollo y reconocimiento de competencias',
    },
    19: {
      title:
        'Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países',
      shortTitle: 'Contribución de migrantes y diásporas',
    },
    21: {
      title:
        'Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible',
      shortTitle: 'Retorno y reintegración dignos',
    },
    22: {
      title:
        'Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas',
      shortTitle: 'Protección social',
    },
  },
  actions: {
    '10a': {
      title:
        'Promover la ratificación del Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, la adhesión a dicho Protocolo y su aplicación',
      text: 'Promover la ratificación del Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional, la adhesión a dicho Protocolo y su aplicación',
    },
    '10b': {
      title:
        'Promover la aplicación del Plan de Acción Mundial de las Naciones Unidas para Combatir la Trata de Personas',
      text: 'Promover la aplicación del Plan de Acción Mundial de las Naciones Unidas para Combatir la Trata de Personas y tener en cuenta las recomendaciones pertinentes del Manual para la lucha contra la trata de personas de la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) y otros documentos pertinentes de la UNODC al formular y aplicar políticas y medidas nacionales y regionales relativas a la trata de personas',
    },
  },
  principles: {
    'people-centred': { title: 'Centrada en las personas' },
    'international-cooperation': { title: 'Cooperación internacional' },
    'national-sovereignty': { title: 'Soberanía nacional' },
    'rule-of-law-and-due-process': { title: 'Estado de derecho y garantías procesales' },
    'sustainable-development': { title: 'Desarrollo sostenible' },
    'human-rights': { title: 'Derechos humanos' },
    'gender-responsive': { title: 'Perspectiva de género' },
    'child-sensitive': { title: 'Perspectiva infantil' },
    'whole-of-government-approach': { title: 'Enfoque pangubernamental' },
    'whole-of-society-approach': { title: 'Enfoque pansocial' },
  },
  regions: {},
  countries: {},
  sources: [
    {
      source: HUB_FILTERS_ES,
      groups: ['objectives', 'principles'],
      note: 'Short titles of the objectives ("10 - Erradicar la trata de personas") and the names of the guiding principles, from the filters of the Spanish Hub.',
    },
    ...fullTitleSources(FULL_TITLE_PAGES, 'Spanish'),
    {
      source: OBJECTIVE_10_ES,
      groups: ['actions'],
      note: 'The Spanish Hub page of Objective 10: the text of actions (a) and (b), without the page\'s footnote mark after "Trata de Personas". The title of (b) is its text up to " y tener en cuenta", where the English lead phrase ends; (a) has no separate lead phrase.',
    },
  ],
};
