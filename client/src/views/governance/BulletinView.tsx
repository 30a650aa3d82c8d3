import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Empty, Input, Skeleton, Space, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useGql } from '../../api/use-gql';
import { BULLETIN_QUERY } from '../../api/governance';
import { bulletinDoc, bulletinDocx, bulletinPdf, bulletinXlsx } from '../../export/bulletin';
import { download, fileName } from '../../export/download';
import { pdfFont } from '../../export/pdf-font';
import { useI18n } from '../../i18n/react';
import { chinaToday } from './health';

/** The first and last day of the month before `date` (the usual period of a bulletin). */
function lastMonth(date: string): [string, string] {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const first = new Date(Date.UTC(y, m - 2, 1));
  const last = new Date(Date.UTC(y, m - 1, 0));
  return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
}

/** 督查通报 (/bulletin): pick a period, preview, export DOCX, PDF and XLSX. */
export function BulletinView() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || chinaToday();
  const [defFrom, defTo] = lastMonth(asOf);
  const from = params.get('from') || defFrom;
  const to = params.get('to') || defTo;
  const load = useGql(BULLETIN_QUERY, { from, to, asOf });
  const data = load.status === 'ok' ? load.data.bulletin : undefined;
  const doc = useMemo(() => (data ? bulletinDoc(data, t, (s) => (s ? t(`projectStage.${s}` as 'projectStage.NEGOTIATING') : '—')) : null), [data, t]);
  const save = async (kind: 'docx' | 'pdf' | 'xlsx') => {
    if (!doc || !data) return;
    const name = fileName(t('bulletin.title'), data.number, data.asOf);
    try {
      if (kind === 'docx') download(await bulletinDocx(doc), `${name}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      else if (kind === 'xlsx') download(await bulletinXlsx(doc), `${name}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      else download(await bulletinPdf(doc, await pdfFont()), `${name}.pdf`, 'application/pdf');
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div style={{ padding: '12px 20px', overflow: 'auto', height: '100%' }} data-testid="bulletin-view">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('bulletin.title')}
        </Typography.Title>
        <span>{t('bulletin.period')}</span>
        {(['from', 'to'] as const).map((key) => (
          <Input
            key={key}
            type="date"
            data-testid={`bulletin-${key}`}
            style={{ width: 150 }}
            value={key === 'from' ? from : to}
            onChange={(e) =>
              setParams((p) => {
                if (e.target.value) p.set(key, e.target.value);
                return p;
              })
            }
          />
        ))}
        <Button icon={<DownloadOutlined />} disabled={!doc} onClick={() => void save('docx')} data-testid="bulletin-docx">
          DOCX
        </Button>
        <Button icon={<DownloadOutlined />} disabled={!doc} onClick={() => void save('pdf')} data-testid="bulletin-pdf">
          PDF
        </Button>
        <Button icon={<DownloadOutlined />} disabled={!doc} onClick={() => void save('xlsx')} data-testid="bulletin-xlsx">
          XLSX
        </Button>
      </Space>
      {load.status === 'error' ? <Alert type="error" showIcon message={load.error.message} /> : null}
      {!doc ? (
        load.status === 'error' ? null : (
          <Skeleton active />
        )
      ) : (
        <Card data-testid="bulletin-preview" style={{ maxWidth: 980 }}>
          <Typography.Title level={3} style={{ textAlign: 'center' }}>
            {doc.title}
          </Typography.Title>
          <div style={{ textAlign: 'center', marginBottom: 16 }}>{doc.meta}</div>
          {doc.sections.map((s) => (
            <div key={s.heading} style={{ marginBottom: 16 }}>
              <Typography.Title level={5}>{s.heading}</Typography.Title>
              {s.paragraphs.map((p) => (
                <p key={p}>{p}</p>
              ))}
              {s.tables.map((tbl, i) => (
                <Table
                  key={i}
                  size="small"
                  pagination={false}
                  style={{ marginBottom: 8 }}
                  rowKey={(_, k) => String(k)}
                  columns={tbl.header.map((h, c) => ({ title: h, render: (_: unknown, r: string[]) => r[c] }))}
                  dataSource={tbl.rows}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
                />
              ))}
            </div>
          ))}
        </Card>
      )}
    </div>
  );
}
