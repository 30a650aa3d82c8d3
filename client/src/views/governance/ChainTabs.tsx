import { Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/react';

/** Tabs of a chain: the map and its 链长制 page, each with its own URL. */
export function ChainTabs({ chainId, active }: { chainId: string; active: 'map' | 'governance' }) {
  const { t } = useI18n();
  const tab = (key: 'map' | 'governance', to: string, label: string) =>
    active === key ? (
      <Tag color="blue" data-testid={`tab-${key}`}>
        {label}
      </Tag>
    ) : (
      <Link to={to} data-testid={`tab-${key}`}>
        <Tag>{label}</Tag>
      </Link>
    );
  return (
    <Space size={4}>
      {tab('map', `/chains/${encodeURIComponent(chainId)}`, t('gov.mapTab'))}
      {tab('governance', `/chains/${encodeURIComponent(chainId)}/governance`, t('gov.tab'))}
    </Space>
  );
}
