/** Id of the resource that is IOM's Knowledge Uptake piece on trafficking in persons. */
export const KNOWLEDGE_UPTAKE_RESOURCE_ID = 'knowledge-uptake-trafficking-in-persons';
