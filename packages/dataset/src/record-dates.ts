/**
 * Publication dates of curated practices.
 *
 * The five featured practices of the 2024 call were published on the Migration Network Hub
 * for the World Day Against Trafficking in Persons, 30 July 2024.
 */
export const WORLD_DAY_2024_PUBLICATION_DATE = '2024-07-30';

/**
 * For records whose sources give no publication date, `publishedAt` and `updatedAt` hold the
 * date the record entered this dataset. It says nothing about when the source was published.
 */
export const DATASET_RECORD_DATE = '2026-11-22';
