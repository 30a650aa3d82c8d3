import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { HOME_SCOPE_QUERY } from '../../api/chains';
import type { Region } from '../../api/fragments';
import { gql } from '../../api/graphql';
import { region } from '../../api/regions';
import { useI18n } from '../../i18n/react';

let homeScope: Promise<Region | null> | null = null;
/** The server's home region (the default scope): the scope of a status map asked without one. */
export function home(chainId: string): Promise<Region | null> {
  homeScope ??= gql(HOME_SCOPE_QUERY, { chainId })
    .then((d) => d.chainStatus.scope)
    .catch(() => null);
  return homeScope;
}

/** A region and its ancestors up to the province: zone → district → city → province. */
export async function ladder(start: Region): Promise<Region[]> {
  const out: Region[] = [start];
  let current: Region | null = start;
  while (current?.parentCode && current.level !== 'PROVINCE' && out.length < 8) {
    current = await region(current.parentCode);
    if (!current || current.level === 'COUNTRY') break;
    out.push(current);
  }
  return out;
}

/**
 * The scope of the status map: the home zone and the regions it lies in (district, city,
 * province). `current` is the scope the last status answer used.
 */
export function ScopePicker({
  chainId,
  value,
  current,
  onChange,
  disabled,
}: {
  chainId: string;
  value: string | null;
  current: Region | null;
  onChange(code: string | null): void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const [options, setOptions] = useState<Region[]>([]);
  useEffect(() => {
    let live = true;
    const anchor = value === null && current ? Promise.resolve(current) : home(chainId);
    if (value === null && current) homeScope ??= Promise.resolve(current);
    anchor.then(async (h) => {
      if (!h) return;
      const list = await ladder(h);
      if (current && !list.some((r) => r.code === current.code)) list.push(current);
      if (live) setOptions(list);
    });
    return () => {
      live = false;
    };
  }, [chainId, value, current]);
  const selected = value ?? current?.code ?? undefined;
  return (
    <Select
      disabled={disabled}
      data-testid="scope-picker"
      style={{ minWidth: 220 }}
      value={selected}
      loading={!options.length}
      onChange={(code: string) => onChange(code === options[0]?.code ? null : code)}
      options={options.map((r) => ({ value: r.code, label: t('map.scopeOption', { name: r.name, level: t(`level.${r.level}`) }) }))}
      aria-label={t('map.scope')}
    />
  );
}
