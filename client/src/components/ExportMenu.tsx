import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { MessageKey } from '../i18n/index';
import { useI18n } from '../i18n/react';

export interface ExportEntry<K extends string> {
  key: K;
  label: MessageKey;
  testId: string;
}

/**
 * The 导出 button: a menu of export kinds; `run` makes the file and returns its name, shown in a
 * message when done (or the error when it failed). One export at a time.
 */
export function ExportMenu<K extends string>({ entries, run }: { entries: ReadonlyArray<ExportEntry<K>>; run(kind: K): Promise<string> }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [exporting, setExporting] = useState(false);
  const doExport = async (kind: K) => {
    setExporting(true);
    const hide = message.loading(t('map.exporting'), 0);
    try {
      const file = await run(kind);
      message.success(t('map.exported', { file }));
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      hide();
      setExporting(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      disabled={exporting}
      menu={{
        onClick: ({ key }) => void doExport(key as K),
        items: entries.map((e) => ({ key: e.key, label: <span data-testid={e.testId}>{t(e.label)}</span> })),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={exporting} data-testid="export-menu">
        {t('map.export')}
      </Button>
    </Dropdown>
  );
}

/** The picture exports both the chain map and the supplier network offer. */
export const PICTURE_EXPORTS = [
  { key: 'svg', label: 'map.exportSvg', testId: 'export-svg' },
  { key: 'png', label: 'map.exportPng', testId: 'export-png' },
  { key: 'pdf-A3', label: 'map.exportPdfA3', testId: 'export-pdf-a3' },
  { key: 'pdf-A4', label: 'map.exportPdfA4', testId: 'export-pdf-a4' },
] as const satisfies ReadonlyArray<ExportEntry<string>>;
