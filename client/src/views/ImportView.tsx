import { DownloadOutlined, InboxOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { gql } from '../api/graphql';
import { IMPORT_WORKBOOK, WORKBOOK_FORMAT_QUERY, type ImportReport, type WorkbookFormatTable } from '../api/import';
import { download } from '../export/download';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/react';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Upload a workbook, read the dry-run report, then commit it: all or nothing. */
export function ImportView() {
  const { t, lang } = useI18n();
  const { me, can } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!can('Mutation.importWorkbook'))
    return (
      <Result
        status="403"
        data-testid="needs-role"
        title={t('app.needsRole', { role: t('auth.role.editor'), current: t(`auth.role.${me?.role ?? 'viewer'}`) })}
        extra={<Link to="/">{t('app.backHome')}</Link>}
      />
    );
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const d = await gql(IMPORT_WORKBOOK, { filename: file.name, contentBase64: await toBase64(file), dryRun, lang });
      setReport(d.importWorkbook);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ padding: '20px 24px', maxWidth: 1100, margin: '0 auto' }} data-testid="import-view">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('import.title')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Upload.Dragger
          accept=".xlsx,.json,.csv"
          multiple={false}
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setReport(null);
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setReport(null);
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('import.pick')}</p>
        </Upload.Dragger>
        <Space style={{ marginTop: 12 }} wrap>
          <Button
            icon={<DownloadOutlined />}
            data-testid="import-template"
            onClick={() =>
              void (async () => {
                const [{ importTemplateXlsx }] = await Promise.all([import('../export/import-template')]);
                const { workbookFormat } = await gql(WORKBOOK_FORMAT_QUERY);
                download(await importTemplateXlsx(workbookFormat as WorkbookFormatTable[]), t('import.templateFile'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
              })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
            }
          >
            {t('import.template')}
          </Button>
          <Link to="/help#workbook" data-testid="import-format-link">
            <QuestionCircleOutlined /> {t('import.formatRules')}
          </Link>
          <Button onClick={() => void run(true)} disabled={!file} loading={busy && !report} data-testid="import-dry-run">
            {t('import.dryRun')}
          </Button>
          <Button type="primary" onClick={() => void run(false)} disabled={!file || !report?.ok || !report.dryRun} loading={busy && Boolean(report)} data-testid="import-commit">
            {t('import.commit')}
          </Button>
        </Space>
      </Card>
      {error ? <Alert type="error" showIcon message={t('app.error', { message: error })} style={{ marginBottom: 16 }} /> : null}
      {report ? (
        <Card size="small" data-testid="import-report" data-ok={String(report.ok)} data-dry-run={String(report.dryRun)}>
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            message={report.ok ? (report.dryRun ? t('import.ok') : t('import.done')) : t('import.bad', { count: report.errors.length })}
            style={{ marginBottom: 12 }}
          />
          {report.errors.length ? (
            <Table
              data-testid="import-errors"
              size="small"
              rowKey={(r) => `${r.table}|${r.row}|${r.column}|${r.message}`}
              dataSource={report.errors}
              pagination={report.errors.length > 20 ? { pageSize: 20 } : false}
              columns={[
                { title: t('import.table'), render: (_, r) => r.sheet ?? r.table },
                { title: t('import.row'), dataIndex: 'row', width: 70 },
                { title: t('import.column'), render: (_, r) => r.header ?? r.column },
                { title: t('import.message'), dataIndex: 'message' },
              ]}
            />
          ) : null}
          <Typography.Title level={5}>{t('import.counts')}</Typography.Title>
          <Table
            data-testid="import-counts"
            size="small"
            rowKey="table"
            pagination={false}
            dataSource={report.counts}
            columns={[
              { title: t('import.table'), dataIndex: 'table' },
              { title: t('import.rows'), dataIndex: 'rows' },
              { title: t('import.created'), dataIndex: 'created' },
              { title: t('import.updated'), dataIndex: 'updated' },
            ]}
          />
        </Card>
      ) : null}
    </div>
  );
}
