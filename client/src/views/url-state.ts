import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isStrongAt, STRONG_AT } from '../../../shared/defaults';
import type { EvidenceMode } from '../api/fragments';

/** Several URL parameters at once: a value sets one, null or '' removes it. */
export type UrlPatch = Record<string, string | null>;

/**
 * A view's state lives in its URL (every view has one). `update` changes some parameters and keeps
 * the others; by default it replaces the history entry (a control's every step is no page of its
 * own), `{ replace: false }` adds one.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: UrlPatch, options: { replace?: boolean } = {}) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: options.replace ?? true },
      ),
    [setParams],
  );
  return { params, update };
}

/** `?strongAt=`: the API's range (shared/defaults.ts), else the default. */
export const strongAtParam = (params: URLSearchParams): number => {
  const raw = Number(params.get('strongAt'));
  return isStrongAt(raw) ? raw : STRONG_AT.default;
};

/** `?ev=confirmed`: 仅已证实; anything else is every link. */
export const evidenceParam = (params: URLSearchParams): EvidenceMode => (params.get('ev') === 'confirmed' ? 'CONFIRMED' : 'ALL');

/** The `?ev=` value for a mode: absent for the default. */
export const evidenceValue = (evidence: EvidenceMode): string | null => (evidence === 'CONFIRMED' ? 'confirmed' : null);

/** A comma-separated id list as a parameter holds it (`?rm=a,b`), empty entries dropped. */
export const idList = (raw: string | null): string[] => (raw ?? '').split(',').filter(Boolean);
