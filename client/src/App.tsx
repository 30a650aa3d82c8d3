import { GlobalOutlined, LogoutOutlined, QuestionCircleOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Dropdown, Layout, Menu, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Link, Route, Routes, useLocation } from 'react-router-dom';
import { SessionProvider, useSession } from './api/session';
import { I18nProvider, useI18n } from './i18n/react';
import { FONT_STACK } from './graph/palette';
import { Suspense, useEffect } from 'react';
import { ConnectionBanner, lazyView, preloadViews } from './components/lazy-view';
import { SignInView } from './views/SignInView';
import { selectedNavKeys } from './nav';

// Views load on first visit (the map and network bring Cytoscape, the home page ECharts), and all
// of them once the browser is idle after signing in, so a server that blinks later costs no view.
const HomeView = lazyView(() => import('./views/HomeView').then((m) => m.HomeView));
const ChainMapView = lazyView(() => import('./views/map/ChainMapView').then((m) => m.ChainMapView));
const BenchmarkView = lazyView(() => import('./views/BenchmarkView').then((m) => m.BenchmarkView));
const EnterpriseView = lazyView(() => import('./views/EnterpriseView').then((m) => m.EnterpriseView));
const SupplierNetworkView = lazyView(() => import('./views/SupplierNetworkView').then((m) => m.SupplierNetworkView));
const PipelineView = lazyView(() => import('./views/PipelineView').then((m) => m.PipelineView));
const QueryConsoleView = lazyView(() => import('./views/QueryConsoleView').then((m) => m.QueryConsoleView));
const ApiExplorerView = lazyView(() => import('./views/ApiExplorerView').then((m) => m.ApiExplorerView), { preload: false }); // GraphiQL is large
const AdminView = lazyView(() => import('./views/AdminView').then((m) => m.AdminView));
const ExploreView = lazyView(() => import('./views/ExploreView').then((m) => m.ExploreView));
const ParksView = lazyView(() => import('./views/elements/ParksView').then((m) => m.ParksView));
const ParkView = lazyView(() => import('./views/elements/ParksView').then((m) => m.ParkView));
const LandEfficiencyView = lazyView(() => import('./views/elements/LandEfficiencyView').then((m) => m.LandEfficiencyView));
const GovernanceView = lazyView(() => import('./views/governance/GovernanceView').then((m) => m.GovernanceView));
const WorkChainView = lazyView(() => import('./views/governance/WorkChainView').then((m) => m.WorkChainView));
const BulletinView = lazyView(() => import('./views/governance/BulletinView').then((m) => m.BulletinView));
const HelpView = lazyView(() => import('./views/HelpView').then((m) => m.HelpView));
const ImportView = lazyView(() => import('./views/ImportView').then((m) => m.ImportView));

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
  const signedIn = Boolean(me);
  useEffect(() => {
    if (signedIn) preloadViews();
  }, [signedIn]);
  const nav = [
    { key: 'home', label: <Link to="/">{t('nav.home')}</Link> },
    ...(can('Query.projects') ? [{ key: 'pipeline', label: <Link to="/pipeline">{t('nav.pipeline')}</Link> }] : []),
    ...(can('Query.workChain')
      ? [
          {
            key: 'workchain',
            label: (
              <Link to="/workchain" data-testid="nav-workchain">
                {t('nav.workchain')}
              </Link>
            ),
          },
        ]
      : []),
    ...(can('Query.cypher') ? [{ key: 'console', label: <Link to="/console">{t('nav.console')}</Link> }] : []),
    ...(can('Query.parks')
      ? [
          {
            key: 'parks',
            label: (
              <Link to="/parks" data-testid="nav-parks">
                {t('nav.parks')}
              </Link>
            ),
          },
        ]
      : []),
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
        {me ? (
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selectedNavKeys(
              location.pathname,
              nav.map((item) => item.key),
            )}
            items={nav}
            style={{ flex: 1, minWidth: 0, background: 'transparent', lineHeight: '52px' }}
          />
        ) : (
          <div style={{ flex: 1 }} />
        )}
        {me ? (
          <Link to="/help" style={{ color: '#fff', whiteSpace: 'nowrap' }} data-testid="help-link">
            <QuestionCircleOutlined /> {t('help.link')}
          </Link>
        ) : null}
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
      <ConnectionBanner />
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
              <Route path="/parks" element={<ParksView />} />
              <Route path="/parks/:id" element={<ParkView />} />
              <Route path="/land" element={<LandEfficiencyView />} />
              <Route path="/admin" element={<AdminView />} />
              <Route path="/help" element={<HelpView />} />
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
