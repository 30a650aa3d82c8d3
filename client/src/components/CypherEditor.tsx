import { useLayoutEffect, useMemo, useRef } from 'react';
import { highlightCypher, type SpanKind } from '../console/highlight';

const COLORS: Record<SpanKind, string | undefined> = {
  keyword: '#0958d9',
  function: '#7c3aed',
  string: '#389e0d',
  comment: '#8c8c8c',
  number: '#c41d7f',
  param: '#d46b08',
  label: '#08979c',
  name: '#531dab',
  plain: undefined,
};

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace';
/** Shared by the textarea and the highlighted copy under it: they must wrap identically. */
const TEXT_STYLE: React.CSSProperties = {
  fontFamily: MONO,
  fontSize: 14,
  lineHeight: '22px',
  padding: '4px 11px',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  tabSize: 2,
  letterSpacing: 'normal',
  margin: 0,
  border: '1px solid transparent',
  boxSizing: 'border-box',
};

interface Props {
  value: string;
  onChange(value: string): void;
  /** Ctrl/⌘ + Enter. */
  onRun?(): void;
  minRows?: number;
  maxRows?: number;
  'data-testid'?: string;
}

/**
 * A Cypher editor: a plain textarea (so typing, selection, undo, IME input and screen readers
 * behave as everywhere) whose text is transparent over a highlighted copy of the same text.
 */
export function CypherEditor({ value, onChange, onRun, minRows = 5, maxRows = 16, ...rest }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const under = useRef<HTMLPreElement>(null);
  const spans = useMemo(() => highlightCypher(value), [value]);
  const lines = Math.min(Math.max(value.split('\n').length, minRows), maxRows);

  // Grow with the text up to maxRows, then scroll; the copy underneath follows the scroll.
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    const max = maxRows * 22 + 10;
    el.style.height = `${Math.min(Math.max(el.scrollHeight + 2, minRows * 22 + 10), max)}px`;
    if (under.current) under.current.scrollTop = el.scrollTop;
  }, [value, minRows, maxRows]);

  return (
    <div style={{ position: 'relative', border: '1px solid #d9d9d9', borderRadius: 6, background: '#fff' }}>
      <pre ref={under} aria-hidden style={{ ...TEXT_STYLE, position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none', color: '#1f1f1f' }}>
        {spans.map((s, i) =>
          COLORS[s.kind] ? (
            <span key={i} className={`cy-${s.kind}`} style={{ color: COLORS[s.kind], fontStyle: s.kind === 'comment' ? 'italic' : undefined }}>
              {s.text}
            </span>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
        {/* A trailing newline needs a character after it to take up its line. */}
        {'\u200b'}
      </pre>
      <textarea
        ref={area}
        value={value}
        rows={lines}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-label="Cypher"
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (under.current) under.current.scrollTop = e.currentTarget.scrollTop;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onRun?.();
          }
        }}
        style={{ ...TEXT_STYLE, position: 'relative', display: 'block', width: '100%', resize: 'vertical', background: 'transparent', color: 'transparent', caretColor: '#1f1f1f', outline: 'none' }}
        {...rest}
      />
    </div>
  );
}
