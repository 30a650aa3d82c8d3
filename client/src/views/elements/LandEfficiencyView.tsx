import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, InputNumber, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { fmtNum, LAND_DISTRIBUTION_QUERY, LAND_QUERY, LAND_YEARS_QUERY, PARKS_QUERY, type GradeCount, type LandRow } from '../../api/elements';
import { CHAIN_NAMES_QUERY } from '../../api/chains';
import { useGql } from '../../api/use-gql';
import { EChart, type EChartOption } from '../../components/EChart';
import { download, fileName, isoToday } from '../../export/download';
import { useI18n } from '../../i18n/react';
import { useUrlState } from '../url-state';

const GRADE_COLORS: Record<string, string> = { A: '#389e0d', B: '#1677ff', C: '#faad14', D: '#cf1322' };

function distributionOption(rows: GradeCount[]): EChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 28, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r.name), inverse: true },
    series: (['a', 'b', 'c', 'd'] as const).map((g) => ({
      name: g.toUpperCase(),
      type: 'bar',
      stack: 'grades',
      itemStyle: { color: GRADE_COLORS[g.toUpperCase()] },
      data: rows.map((r) => r[g]),
    })),
  };
}

/** 亩均论英雄: the ranking with grades, the grade distribution per chain and per park, and XLSX. */
export function LandEfficiencyView() {
  const { t, lang, name } = useI18n();
  const { params, update } = useUrlState();
  const years = useGql(LAND_YEARS_QUERY);
  const yearRaw = Number(params.get('year'));
  // Without a year in the URL: the latest year with figures (last year when there are none).
  const latest = years.status === 'ok' ? (years.data.landEfficiencyYears[0] ?? new Date().getFullYear() - 1) : null;
  const year = Number.isInteger(yearRaw) && yearRaw >= 1949 && yearRaw <= 2100 ? yearRaw : latest;
  const chainId = params.get('chain') || null;
  const parkId = params.get('park') || null;
  const set = (k: string, v: string | null) => update({ [k]: v }, { replace: false });
  const rows = useGql(year === null ? null : LAND_QUERY, { year: year ?? 0, chainId, parkId });
  const dist = useGql(year === null ? null : LAND_DISTRIBUTION_QUERY, { year: year ?? 0 });
  const chains = useGql(CHAIN_NAMES_QUERY);
  const parks = useGql(PARKS_QUERY, {});
  const d = dist.status === 'ok' ? dist.data.landGradeDistribution : null;
  const chainOption = useMemo(() => (d ? distributionOption(d.chains) : null), [d]);
  const parkOption = useMemo(() => (d ? distributionOption(d.parks) : null), [d]);
  const list = rows.status === 'ok' ? rows.data.landEfficiency : [];
  const exportXlsx = async () => {
    const { landEfficiencyXlsx } = await import('../../export/land-xlsx');
    const chainName = chainId && chains.status === 'ok' ? chains.data.chains.find((c) => c.id === chainId)?.name : undefined;
    const parkName = parkId && parks.status === 'ok' ? parks.data.parks.find((p) => p.id === parkId)?.name : undefined;
    if (year === null) return;
    const bytes = await landEfficiencyXlsx(list, {
      lang,
      year,
      scopeName: t('land.homeScope'),
      filter: [chainName, parkName].filter(Boolean).join(' · '),
      thresholds: d ? { a: d.thresholdA, b: d.thresholdB, c: d.thresholdC } : { a: 30, b: 15, c: 5 },
      dataDate: isoToday(),
    });
    download(bytes, `${fileName(t('land.title'), String(year), chainName ?? '', parkName ?? '')}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  };
  return (
    <div style={{ padding: 16 }} data-testid="land-view">
      <Typography.Title level={3}>{t('land.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{d ? t('land.rule', { a: fmtNum(d.thresholdA), b: fmtNum(d.thresholdB), c: fmtNum(d.thresholdC) }) : null}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t('land.year')}</span>
        <InputNumber data-testid="land-year" min={1949} max={2100} value={year ?? undefined} onChange={(v) => set('year', v ? String(v) : null)} />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('land.allChains')}
          value={chainId ?? undefined}
          onChange={(v) => set('chain', v ?? null)}
          options={chains.status === 'ok' ? chains.data.chains.map((c) => ({ value: c.id, label: name(c) })) : []}
        />
        <Select
          allowClear
          style={{ width: 260 }}
          placeholder={t('land.allParks')}
          value={parkId ?? undefined}
          onChange={(v) => set('park', v ?? null)}
          options={parks.status === 'ok' ? parks.data.parks.map((p) => ({ value: p.id, label: p.name })) : []}
        />
        <Button icon={<DownloadOutlined />} data-testid="land-export-xlsx" onClick={() => void exportXlsx()} disabled={!list.length}>
          {t('land.exportXlsx')}
        </Button>
      </Space>
      {rows.status === 'error' ? <Alert type="error" showIcon message={t('app.error', { message: rows.error.message })} /> : null}
      <Row gutter={12}>
        <Col xs={24} xl={14}>
          {rows.status === 'loading' ? <Spin /> : null}
          <Table<LandRow>
            data-testid="land-table"
            size="small"
            rowKey={(r) => r.enterprise.id}
            dataSource={list}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { title: t('land.rank'), dataIndex: 'rank', width: 60 },
              { title: t('land.enterprise'), render: (_, r) => <Link to={`/enterprises/${encodeURIComponent(r.enterprise.id)}`}>{name(r.enterprise)}</Link> },
              {
                title: t('land.grade'),
                render: (_, r) => (
                  <Tag color={GRADE_COLORS[r.grade]} data-testid="land-grade">
                    {r.grade}
                  </Tag>
                ),
                width: 60,
              },
              { title: t('land.taxPerMu'), render: (_, r) => fmtNum(r.taxPerMu), align: 'right' },
              { title: t('land.outputPerMu'), render: (_, r) => (r.outputPerMu === null ? '—' : fmtNum(r.outputPerMu)), align: 'right' },
              { title: t('land.landMu'), render: (_, r) => fmtNum(r.landMu), align: 'right' },
            ]}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('land.byChain')} style={{ marginBottom: 12 }}>
            {chainOption && d?.chains.length ? (
              <EChart option={chainOption} testId="land-chart-chains" style={{ height: 40 + 28 * d.chains.length }} />
            ) : (
              <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
            )}
          </Card>
          <Card size="small" title={t('land.byPark')}>
            {parkOption && d?.parks.length ? (
              <EChart option={parkOption} testId="land-chart-parks" style={{ height: 40 + 28 * d.parks.length }} />
            ) : (
              <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
