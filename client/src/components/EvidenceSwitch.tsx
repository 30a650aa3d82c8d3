import { Space, Switch, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { EvidenceMode } from '../api/fragments';
import { useI18n } from '../i18n/react';

/** 仅已证实: count only links whose evidence is CONFIRMED (the home page, map, 对标 and network). */
export function EvidenceSwitch({ value, onChange, style }: { value: EvidenceMode; onChange(value: EvidenceMode): void; style?: CSSProperties }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t('evidence.hint')}>
      <Space size={6} style={style}>
        <Switch data-testid="evidence-switch" size="small" checked={value === 'CONFIRMED'} onChange={(on) => onChange(on ? 'CONFIRMED' : 'ALL')} />
        <Typography.Text>{t('evidence.confirmedOnly')}</Typography.Text>
      </Space>
    </Tooltip>
  );
}
