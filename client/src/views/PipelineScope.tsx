import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Region } from '../api/fragments';
import { useI18n } from '../i18n/react';
import { home, ladder } from './map/ScopePicker';

/** The `scope` value that lists every region's projects. */
export const EVERY_REGION = '*';

/**
 * Whose projects the board shows: the home zone (the default, `null`), a region it lies in
 * (district, city, province), or every region (`*`). `anyChainId` only serves to ask the server
 * for its home region.
 */
export function PipelineScope({ anyChainId, value, onChange }: { anyChainId: string | null; value: string | null; onChange(scope: string | null): void }) {
  const { t } = useI18n();
  const [regions, setRegions] = useState<Region[]>([]);
  useEffect(() => {
    let live = true;
    if (anyChainId)
      void home(anyChainId).then(async (h) => {
        const list = h ? await ladder(h) : [];
        if (live) setRegions(list);
      });
    return () => {
      live = false;
    };
  }, [anyChainId]);
  const options = [
    ...regions.map((r, i) => ({ value: i === 0 ? '' : r.code, label: t('map.scopeOption', { name: r.name, level: t(`level.${r.level}`) }) })),
    { value: EVERY_REGION, label: t('pipe.everyRegion') },
  ];
  return (
    <Select
      data-testid="pipeline-scope"
      style={{ minWidth: 220 }}
      value={value ?? ''}
      loading={!regions.length}
      onChange={(v: string) => onChange(v || null)}
      options={value && value !== EVERY_REGION && !regions.some((r) => r.code === value) ? [{ value, label: value }, ...options] : options}
      aria-label={t('map.scope')}
    />
  );
}
