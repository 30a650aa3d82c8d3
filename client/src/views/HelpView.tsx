import { Card, Skeleton, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useGql } from '../api/use-gql';
import { WORKBOOK_FORMAT_QUERY } from '../api/import';
import type { MessageKey } from '../i18n/index';
import { useI18n } from '../i18n/react';

const SECTIONS: Array<{ id: string; title: MessageKey; items: MessageKey[] }> = [
  { id: 'maps', title: 'help.maps', items: ['help.mapPanorama', 'help.mapStatus', 'help.mapProjected', 'help.mapNetwork', 'help.mapExplore', 'help.mapControls'] },
  { id: 'rules', title: 'help.rules', items: ['help.ruleLocal', 'help.ruleStatus', 'help.ruleBroken', 'help.ruleFilling', 'help.ruleRate', 'help.ruleTargets'] },
];

/** What each map shows, the rules in words and the workbook format (as the importer defines it). */
export function HelpView() {
  const { t, lang } = useI18n();
  const { hash } = useLocation();
  const format = useGql(WORKBOOK_FORMAT_QUERY);
  const tables = format.status === 'ok' ? format.data.workbookFormat : null;
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, tables]);
  return (
    <div style={{ padding: '20px 24px', maxWidth: 1100, margin: '0 auto' }} data-testid="help-view">
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('help.title')}
      </Typography.Title>
      {SECTIONS.map((s) => (
        <Card key={s.id} id={s.id} size="small" title={t(s.title)} style={{ marginBottom: 16 }}>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {s.items.map((k) => (
              <li key={k} style={{ marginBottom: 6 }}>
                {t(k)}
              </li>
            ))}
          </ul>
        </Card>
      ))}
      <Card id="workbook" size="small" title={t('help.workbook')} data-testid="help-workbook">
        <Typography.Paragraph>{t('help.workbookIntro')}</Typography.Paragraph>
        <Typography.Paragraph>
          <Link to="/import">{t('help.workbookImport')}</Link>
        </Typography.Paragraph>
        {tables ? null : <Skeleton active />}
        {(tables ?? []).map((table) => (
          <div key={table.name} style={{ marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: '8px 0' }}>
              {table.sheet}{' '}
              <Typography.Text type="secondary" code>
                {table.name}
              </Typography.Text>
            </Typography.Title>
            <Table
              size="small"
              pagination={false}
              rowKey="name"
              dataSource={table.columns}
              columns={[
                { title: t('help.header'), dataIndex: 'header', width: 200 },
                { title: t('help.name'), render: (_, c) => <Typography.Text code>{c.name}</Typography.Text>, width: 200 },
                { title: t('help.required'), render: (_, c) => (c.required ? t('xlsx.yes') : ''), width: 70 },
                { title: t('help.values'), render: (_, c) => (lang === 'en' ? c.descriptionEn : c.description) },
              ]}
            />
          </div>
        ))}
      </Card>
    </div>
  );
}
