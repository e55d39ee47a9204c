import type { Campaign, Locale, Objective, Resource, Taxonomies } from '@gcm-practices/contract';
import { labelDocumentName, RESOURCE_JOIN_TABLES } from '../catalogue-tables.js';
import type { Db } from './open.js';
import { prepared } from './statements.js';
import { insertResourceText } from './write-text.js';

/** Objectives and taxonomies are small documents, replaced wholesale; see labelDocumentName. */
export function writeReferenceData(
  db: Db,
  objectives: readonly Objective[],
  taxonomies: Taxonomies,
  locale: Locale = 'en',
): void {
  const writeDocument = prepared(db, 'INSERT OR REPLACE INTO documents (name, json) VALUES (?, ?)');
  if (locale === 'en') {
    const insertObjective = prepared(
      db,
      'INSERT OR REPLACE INTO objectives (number, json) VALUES (?, ?)',
    );
    for (const objective of objectives) {
      insertObjective.run(objective.number, JSON.stringify(objective));
    }
  } else {
    writeDocument.run(labelDocumentName('objectives', locale), JSON.stringify(objectives));
  }
  writeDocument.run(labelDocumentName('taxonomies', locale), JSON.stringify(taxonomies));
}

export function writeResources(db: Db, resources: readonly Resource[]): void {
  const joins = Object.entries(RESOURCE_JOIN_TABLES).map(([field, table]) => ({
    field: field as keyof typeof RESOURCE_JOIN_TABLES,
    insert: prepared(db, `INSERT OR IGNORE INTO ${table} (value, resource_rowid) VALUES (?, ?)`),
    remove: prepared(db, `DELETE FROM ${table} WHERE resource_rowid = ?`),
  }));
  const existing = prepared(db, 'SELECT rowid FROM resources WHERE id = ?');
  const removeRow = prepared(db, 'DELETE FROM resources WHERE rowid = ?');
  const removeDocument = prepared(db, 'DELETE FROM resource_documents WHERE rowid = ?');
  const insertDocument = prepared(db, 'INSERT INTO resource_documents (rowid, json) VALUES (?, ?)');
  const removeFts = prepared(db, 'DELETE FROM resource_fts WHERE rowid = ?');
  const insert = prepared(
    db,
    'INSERT INTO resources (id, title, year, category) VALUES (?, ?, ?, ?) RETURNING rowid',
  );
  for (const resource of resources) {
    const old = existing.get(resource.id) as { rowid: number } | undefined;
    if (old) {
      for (const join of joins) join.remove.run(old.rowid);
      removeFts.run(old.rowid);
      removeDocument.run(old.rowid);
      removeRow.run(old.rowid);
    }
    const { rowid } = insert.get(resource.id, resource.title, resource.year, resource.category) as {
      rowid: number;
    };
    insertDocument.run(rowid, JSON.stringify(resource));
    const values = {
      objective: resource.objectives,
      country: resource.countries,
      region: resource.regions,
    };
    for (const join of joins) {
      for (const value of values[join.field]) join.insert.run(value, rowid);
    }
    insertResourceText(db, rowid, resource);
  }
}

export function writeCampaigns(db: Db, campaigns: readonly Campaign[]): void {
  const existing = prepared(db, 'SELECT rowid FROM campaigns WHERE id = ?');
  const removeRow = prepared(db, 'DELETE FROM campaigns WHERE rowid = ?');
  const removeObjectives = prepared(db, 'DELETE FROM campaign_objective WHERE campaign_rowid = ?');
  const insert = prepared(
    db,
    `INSERT INTO campaigns (id, kind, series, opens, closes, json) VALUES (?, ?, ?, ?, ?, ?)
     RETURNING rowid`,
  );
  const insertObjective = prepared(
    db,
    'INSERT OR IGNORE INTO campaign_objective (value, campaign_rowid) VALUES (?, ?)',
  );
  for (const campaign of campaigns) {
    const old = existing.get(campaign.id) as { rowid: number } | undefined;
    if (old) {
      removeObjectives.run(old.rowid);
      removeRow.run(old.rowid);
    }
    const { rowid } = insert.get(
      campaign.id,
      campaign.kind,
      campaign.series,
      campaign.opens,
      campaign.closes,
      JSON.stringify(campaign),
    ) as { rowid: number };
    for (const objective of campaign.objectives) insertObjective.run(objective, rowid);
  }
}
