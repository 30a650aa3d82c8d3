/**
 * Which links an analysis trusts (PRODUCT.md "Evidence modes"): ALL takes every IN_SEGMENT and
 * SUPPLIES link; CONFIRMED only those whose evidence is CONFIRMED. Every analytical query passes it
 * to its Cypher as $evidence, and every cached result is keyed by it.
 */
export type EvidenceMode = 'ALL' | 'CONFIRMED';

export const DEFAULT_EVIDENCE: EvidenceMode = 'ALL';
