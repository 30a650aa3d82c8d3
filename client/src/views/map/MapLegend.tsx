import { BROKEN, ENTERPRISE, FILLING, FLOW, PANORAMA, STATUS_COLORS } from '../../graph/palette';
import type { GapStatus, MapMode } from '../../graph/types';
import { useI18n } from '../../i18n/react';

const swatch = (fill: string, border: string) => ({
  display: 'inline-block',
  width: 22,
  height: 13,
  background: fill,
  border: `2px solid ${border}`,
  borderRadius: 3,
  verticalAlign: 'middle',
  marginRight: 6,
});

/** The map's legend, in the same colours as the stylesheet and the exports. */
export function MapLegend({ mode, enterprises }: { mode: MapMode; enterprises: boolean }) {
  const { t } = useI18n();
  const item = (key: string, el: React.ReactNode, text: string) => (
    <span key={key} style={{ marginRight: 14, whiteSpace: 'nowrap' }}>
      {el}
      {text}
    </span>
  );
  const items: React.ReactNode[] = [];
  if (mode === 'panorama') items.push(item('seg', <span style={swatch(PANORAMA.fill, PANORAMA.border)} />, t('map.legend.panorama')));
  else {
    for (const s of ['STRONG', 'WEAK', 'MISSING'] as GapStatus[]) items.push(item(s, <span style={swatch(STATUS_COLORS[s].fill, STATUS_COLORS[s].border)} />, t(`status.${s}`)));
    items.push(
      item(
        'filling',
        <span style={{ background: FILLING.fill, color: FILLING.text, borderRadius: 3, padding: '0 4px', fontSize: 11, marginRight: 6, fontWeight: 600 }}>{t('status.FILLING')}</span>,
        '',
      ),
      item(
        'broken',
        <span style={{ display: 'inline-flex', alignItems: 'center', marginRight: 6, verticalAlign: 'middle' }}>
          <span style={{ width: 12, height: BROKEN.width, background: BROKEN.line }} />
          <span style={{ width: 16, height: 16, borderRadius: 8, background: BROKEN.marker, color: '#fff', fontSize: 10, lineHeight: '16px', textAlign: 'center', fontWeight: 700 }}>
            {t('status.brokenShort')}
          </span>
          <span style={{ width: 12, height: BROKEN.width, background: BROKEN.line }} />
        </span>,
        t('status.BROKEN'),
      ),
    );
  }
  items.push(
    item(
      'flow',
      <span style={{ display: 'inline-block', width: 30, height: 0, borderTop: `${FLOW.width}px solid ${FLOW.line}`, verticalAlign: 'middle', marginRight: 6, position: 'relative' }}>
        <span style={{ position: 'absolute', right: -2, top: -5, borderLeft: `7px solid ${FLOW.line}`, borderTop: '4px solid transparent', borderBottom: '4px solid transparent' }} />
      </span>,
      t('map.legend.flow'),
    ),
  );
  if (enterprises && mode !== 'panorama') {
    items.push(item('local', <span style={swatch('#fff', ENTERPRISE.local.border)} />, t('map.legend.enterpriseLocal')));
    items.push(item('remote', <span style={swatch('#fff', ENTERPRISE.remote.border)} />, t('map.legend.enterpriseRemote')));
  }
  return (
    <div data-testid="map-legend" style={{ fontSize: 12, color: '#434343', lineHeight: '26px' }}>
      {items}
    </div>
  );
}
