import type { QueryRunner } from '../db/runner.js';

export interface ChainRow {
  id: string;
  name: string;
  nameEn: string | null;
  description: string | null;
}

export async function listChains(runner: QueryRunner): Promise<ChainRow[]> {
  const rows = await runner.read<{ chain: ChainRow }>('chains/list-chains');
  return rows.map((r) => r.chain);
}

export async function getChain(runner: QueryRunner, id: string): Promise<ChainRow | null> {
  const rows = await runner.read<{ chain: ChainRow }>('chains/get-chain', { id });
  return rows[0]?.chain ?? null;
}
