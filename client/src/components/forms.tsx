import { Cascader } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import type { Region } from '../api/fragments';
import { ApiError } from '../api/graphql';
import { childRegions, region } from '../api/regions';
import type { SearchHit } from '../api/search';
import type { MessageKey } from '../i18n/index';
import { useI18n } from '../i18n/react';
import { SearchBox } from './SearchBox';

/** Form pieces every editing dialog uses (enterprise, project, segment forms). */

/** The workbook column an issue names (snake_case), as the form field that holds it (camelCase). */
const fieldOf = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Shows a rejected edit where it belongs: the import validation's issues on their fields, the
 * rest as a message. Returns nothing; never throws.
 */
export function showRejection(form: FormInstance, error: unknown, fallback: (message: string) => void) {
  const issues = error instanceof ApiError ? ((error.errors[0]?.extensions?.issues as Array<{ column?: string | null; message: string }> | undefined) ?? []) : [];
  const fields = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const placed = issues.filter((i) => i.column && fields.has(fieldOf(i.column)));
  if (placed.length) form.setFields(placed.map((i) => ({ name: fieldOf(i.column!), errors: [i.message] })));
  if (placed.length < Math.max(1, issues.length)) fallback(error instanceof Error ? error.message : String(error));
}

/** A search box whose pick (of `kind`) fills the form field `field` with its id and shows its name. */
export function SearchPick({ form, field, kind, placeholder, testId }: { form: FormInstance; field: string; kind: SearchHit['kind']; placeholder: MessageKey; testId: string }) {
  return (
    <SearchBox
      size="middle"
      placeholder={placeholder}
      testId={testId}
      onPick={(hit) => {
        if (hit.kind !== kind) return;
        form.setFieldsValue({ [field]: hit.id });
        void form.validateFields([field]);
      }}
    />
  );
}

/** A region in an antd Cascader, its children loaded when it is opened. */
export interface RegionOption {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: RegionOption[];
}

/** A zone is the lowest level: nothing to open below it. */
export const regionOption = (r: Region): RegionOption => ({ value: r.code, label: r.name, isLeaf: r.level === 'ZONE' });
const toOption = regionOption;

/** A cascader's loadData: the regions below the option opened last; one without any becomes a leaf. */
export async function openRegion(selected: RegionOption[], refresh: () => void): Promise<void> {
  const target = selected[selected.length - 1]!;
  const children = (await childRegions(target.value)).map(regionOption);
  if (children.length) target.children = children;
  else target.isLeaf = true;
  refresh();
}

/** Picks a region level by level (country → province → city → district → zone); any level may be chosen. */
export function RegionCascader({ value, onChange }: { value?: string; onChange?: (code: string | undefined) => void }) {
  const { t } = useI18n();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      // the chain of regions down to the current value (each parent known only from its child),
      // then every level's siblings at once, so that the names along the path show
      const chain: Region[] = [];
      for (let code = value; code && chain.length < 8;) {
        const r = await region(code);
        if (!r) break;
        chain.unshift(r);
        code = r.parentCode ?? undefined;
      }
      const [top, ...below] = await Promise.all([childRegions(null), ...chain.map((r) => childRegions(r.code))]);
      const options = top!.map(toOption);
      let level = options;
      chain.forEach((r, i) => {
        const node = level.find((o) => o.value === r.code);
        if (!node || !level.length) return;
        const children = below[i]!.map(toOption);
        if (children.length) node.children = children;
        else node.isLeaf = true;
        level = children;
      });
      if (live) {
        setOptions(options);
        setPath(chain.map((r) => r.code));
      }
    })();
    return () => {
      live = false;
    };
  }, []); // loaded once per field; later changes come from the cascader itself
  return (
    <Cascader
      options={options}
      value={path}
      loadData={(s) => void openRegion(s as RegionOption[], () => setOptions((o) => [...o]))}
      changeOnSelect
      placeholder={t('edit.regionPick')}
      onChange={(v) => {
        const codes = (v ?? []) as string[];
        setPath(codes);
        onChange?.(codes[codes.length - 1]);
      }}
      data-testid="edit-region"
    />
  );
}
