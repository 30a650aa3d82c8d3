import { GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Dropdown, Layout, Menu, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router-dom';
import { SessionProvider, useSession } from './api/session';
import { I18nProvider, useI18n } from './i18n/react';
import { FONT_STACK } from './graph/palette';
import { lazy, Suspense } from 'react';
import { SignInView } from './views/SignInView';
import { selectedNavKeys } from './nav';

// Views load on first visit: the map and network bring Cytoscape, the home page ECharts.
const HomeView = lazy(() => import('./views/HomeView').then((m) => ({ default: m.HomeView })));
const ChainMapView = lazy(() => import('./views/map/ChainMapView').then((m) => ({ default: m.ChainMapView })));
const BenchmarkView = lazy(() => import('./views/BenchmarkView').then((m) => ({ default: m.BenchmarkView })));
const EnterpriseView = lazy(() => import('./views/EnterpriseView').then((m) => ({ default: m.EnterpriseView })));
const SupplierNetworkView = lazy(() => import('./views/SupplierNetworkView').then((m) => ({ default: m.SupplierNetworkView })));
const PipelineView = lazy(() => import('./views/PipelineView').then((m) => ({ default: m.PipelineView })));
const QueryConsoleView = lazy(() => import('./views/QueryConsoleView').then((m) => ({ default: m.QueryConsoleView })));
const ApiExplorerView = lazy(() => import('./views/ApiExplorerView').then((m) => ({ default: m.ApiExplorerView })));
const AdminView = lazy(() => import('./views/AdminView').then((m) => ({ default: m.AdminView })));
const ExploreView = lazy(() => import('./views/ExploreView').then((m) => ({ default: m.ExploreView })));
const ParksView = lazy(() => import('./views/elements/ParksView').then((m) => ({ default: m.ParksView })));
const ParkView = lazy(() => import('./views/elements/ParksView').then((m) => ({ default: m.ParkView })));
const LandEfficiencyView = lazy(() => import('./views/elements/LandEfficiencyView').then((m) => ({ default: m.LandEfficiencyView })));
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
  const nav = [
    { key: 'home', label: <Link to="/">{t('nav.home')}</Link> },
    ...(can('Query.projects') ? [{ key: 'pipeline', label: <Link to="/pipeline">{t('nav.pipeline')}</Link> }] : []),
    ...(can('Query.cypher') ? [{ key: 'console', label: <Link to="/console">{t('nav.console')}</Link> }] : []),
    ...(can('Query.parks') ? [{ key: 'parks', label: <Link to="/parks" data-testid="nav-parks">{t('nav.parks')}</Link> }] : []),
    ...(can('Query.landEfficiency') ? [{ key: 'land', label: <Link to="/land" data-testid="nav-land">{t('nav.land')}</Link> }] : []),
    { key: 'explore', label: <Link to="/explore">{t('nav.explore')}</Link> },
    { key: 'api', label: <Link to="/api">{t('nav.api')}</Link> },
    ...(can('Mutation.importWorkbook') ? [{ key: 'import', label: <Link to="/import">{t('nav.import')}</Link> }] : []),
    ...(can('Query.users') ? [{ key: 'admin', label: <Link to="/admin">{t('nav.admin')}</Link> }] : []),
  ];
  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '0 16px', background: '#001529', height: 52, lineHeight: '52px' }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 17, whiteSpace: 'nowrap' }} data-testid="app-title">
          {t('app.title')}
        </Link>
        {me ? <Menu theme="dark" mode="horizontal" selectedKeys={selectedNavKeys(location.pathname, nav.map((item) => item.key))} items={nav} style={{ flex: 1, minWidth: 0, background: 'transparent', lineHeight: '52px' }} /> : <div style={{ flex: 1 }} />}
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
            <Route path="/chains/:chainId/benchmark" element={<BenchmarkView />} />
            <Route path="/enterprises/:id" element={<EnterpriseView />} />
            <Route path="/enterprises/:id/network" element={<SupplierNetworkView />} />
            <Route path="/pipeline" element={<PipelineView />} />
            <Route path="/console" element={<QueryConsoleView />} />
            <Route path="/import" element={<ImportView />} />
            <Route path="/api" element={<ApiExplorerView />} />
            <Route path="/explore" element={<ExploreView />} />
            <Route path="/parks" element={<ParksView />} />
            <Route path="/parks/:id" element={<ParkView />} />
            <Route path="/land" element={<LandEfficiencyView />} />
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
