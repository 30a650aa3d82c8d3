import { useEffect, useState } from 'react';
import { gql } from './api/graphql';

interface ChainCard {
  id: string;
  name: string;
  nameEn: string | null;
}

export function App() {
  const [chains, setChains] = useState<ChainCard[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    gql<{ chains: ChainCard[] }>('query Chains { chains { id name nameEn } }')
      .then((data) => setChains(data.chains))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <main>
      <h1>ChainAtlas · 产业链图谱</h1>
      {error && <p role="alert">{error}</p>}
      {chains === null && !error && <p>加载中…</p>}
      <ul data-testid="chain-list">
        {chains?.map((c) => (
          <li key={c.id} data-chain-id={c.id}>
            {c.name}
          </li>
        ))}
      </ul>
    </main>
  );
}
