import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Dropdown, Layout, Menu, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router-dom';
import { atLeast, SessionProvider, useSession } from './api/session';
import { I18nProvider, useI18n } from './i18n/react';
import { FONT_STACK } from './graph/palette';
import { lazy, Suspense } from 'react';
import { SignInView } from './views/SignInView';

// Views load on first visit: the map and network bring Cytoscape, the home page ECharts.
const HomeView = lazy(() => import('./views/HomeView').then((m) => ({ default: m.HomeView })));
const ChainMapView = lazy(() => import('./views/map/ChainMapView').then((m) => ({ default: m.ChainMapView })));
const EnterpriseView = lazy(() => import('./views/EnterpriseView').then((m) => ({ default: m.EnterpriseView })));
const SupplierNetworkView = lazy(() => import('./views/SupplierNetworkView').then((m) => ({ default: m.SupplierNetworkView })));
const PipelineView = lazy(() => import('./views/PipelineView').then((m) => ({ default: m.PipelineView })));
const QueryConsoleView = lazy(() => import('./views/QueryConsoleView').then((m) => ({ default: m.QueryConsoleView })));
const ApiExplorerView = lazy(() => import('./views/ApiExplorerView').then((m) => ({ default: m.ApiExplorerView })));
const AdminView = lazy(() => import('./views/AdminView').then((m) => ({ default: m.AdminView })));
const ExploreView = lazy(() => import('./views/ExploreView').then((m) => ({ default: m.ExploreView })));
const GovernanceView = lazy(() => import('./views/governance/GovernanceView').then((m) => ({ default: m.GovernanceView })));
const WorkChainView = lazy(() => import('./views/governance/WorkChainView').then((m) => ({ default: m.WorkChainView })));
const BulletinView = lazy(() => import('./views/governance/BulletinView').then((m) => ({ default: m.BulletinView })));
const ImportView = lazy(() => import('./views/ImportView').then((m) => ({ default: m.ImportView })));

const pageSpinner = (
  <div style={{ padding: 64, textAlign: 'center' }}>
    <Spin size="large" />
  </div>
);

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title={t('app.notFound')} extra={<Link to="/">{t('app.backHome')}</Link>} />;
}

function Shell() {
  const { t, lang, setLang } = useI18n();
  const { me, can, signOut } = useSession();
  const location = useLocation();
  const section = location.pathname.split('/')[1] ?? '';
  const nav = [
    { key: '', label: <Link to="/">{t('nav.home')}</Link> },
    ...(can('Query.projects') ? [{ key: 'pipeline', label: <Link to="/pipeline">{t('nav.pipeline')}</Link> }] : []),
    ...(can('Query.workChain') ? [{ key: 'workchain', label: <Link to="/workchain" data-testid="nav-workchain">{t('nav.workchain')}</Link> }] : []),
    ...(can('Query.bulletin') ? [{ key: 'bulletin', label: <Link to="/bulletin" data-testid="nav-bulletin">{t('nav.bulletin')}</Link> }] : []),
    ...(can('Query.cypher') && atLeast(me, 'analyst') ? [{ key: 'console', label: <Link to="/console">{t('nav.console')}</Link> }] : []),
    { key: 'explore', label: <Link to="/explore">{t('nav.explore')}</Link> },
    { key: 'api', label: <Link to="/api">{t('nav.api')}</Link> },
    ...(can('Mutation.importWorkbook') && atLeast(me, 'editor') ? [{ key: 'import', label: <Link to="/import">{t('nav.import')}</Link> }] : []),
    ...(can('Query.users') && atLeast(me, 'admin') ? [{ key: 'admin', label: <Link to="/admin">{t('nav.admin')}</Link> }] : []),
  ];
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '0 16px', background: '#001529', height: 52, lineHeight: '52px' }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 17, whiteSpace: 'nowrap' }} data-testid="app-title">
          {t('app.title')}
        </Link>
        {me ? <Menu theme="dark" mode="horizontal" selectedKeys={[section === 'chains' ? '' : section]} items={nav} style={{ flex: 1, minWidth: 0, background: 'transparent', lineHeight: '52px' }} /> : <div style={{ flex: 1 }} />}
        <Button type="text" icon={<GlobalOutlined />} style={{ color: '#fff' }} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang-switch">
          {t('lang.switch')}
        </Button>
        {me ? (
          <Dropdown menu={{ items: [{ key: 'out', icon: <LogoutOutlined />, label: t('auth.signOut'), onClick: () => void signOut() }] }}>
            <Button type="text" icon={<UserOutlined />} style={{ color: '#fff' }} data-testid="user-menu">
              {me.name} · {t(`auth.role.${me.role}`)}
            </Button>
          </Dropdown>
        ) : null}
      </Layout.Header>
      <Layout.Content style={{ overflow: 'auto', minHeight: 0, background: '#f5f7fa' }}>
        {me === undefined ? (
          pageSpinner
        ) : me === null ? (
          <SignInView />
        ) : (
          <Suspense fallback={pageSpinner}>
          <Routes>
            <Route path="/" element={<HomeView />} />
            <Route path="/chains/:chainId" element={<ChainMapView />} />
            <Route path="/chains/:chainId/governance" element={<GovernanceView />} />
            <Route path="/workchain" element={<WorkChainView />} />
            <Route path="/bulletin" element={<BulletinView />} />
            <Route path="/enterprises/:id" element={<EnterpriseView />} />
            <Route path="/enterprises/:id/network" element={<SupplierNetworkView />} />
            <Route path="/pipeline" element={<PipelineView />} />
            <Route path="/console" element={<QueryConsoleView />} />
            <Route path="/import" element={<ImportView />} />
            <Route path="/api" element={<ApiExplorerView />} />
            <Route path="/explore" element={<ExploreView />} />
            <Route path="/admin" element={<AdminView />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
          </Suspense>
        )}
      </Layout.Content>
    </Layout>
  );
}

function Themed({ children }: { children: React.ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={{ token: { fontFamily: FONT_STACK, borderRadius: 6 } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Themed>
        <SessionProvider>
          <BrowserRouter>
            <Shell />
          </BrowserRouter>
        </SessionProvider>
      </Themed>
    </I18nProvider>
  );
}
