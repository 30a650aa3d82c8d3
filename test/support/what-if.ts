/** The 推演 answer as the integration tests ask for it (the selection) and read it (the type). */
export const WHAT_IF_SELECTION = `changes { segment { id } beforeCount afterCount before after }
    brokenBefore { from { id } to { id } }
    brokenAfter { from { id } to { id } }
    masterRate { master { id } before after beforeLocal beforeTotal afterLocal afterTotal }`;

export interface WhatIfBody {
  whatIf: {
    changes: Array<{ segment: { id: string }; beforeCount: number; afterCount: number; before: string; after: string }>;
    brokenBefore: Array<{ from: { id: string }; to: { id: string } }>;
    brokenAfter: Array<{ from: { id: string }; to: { id: string } }>;
    masterRate: { master: { id: string }; before: number | null; after: number | null; beforeLocal: number; beforeTotal: number; afterLocal: number; afterTotal: number } | null;
  };
}
