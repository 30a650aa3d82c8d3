import { Alert, Button, Result, Spin } from 'antd';
import { useEffect, useState, type ComponentType } from 'react';
import { onReachability, reportUnreachable, whenReachable } from '../api/connection';
import { useI18n } from '../i18n/react';

type Loader = () => Promise<ComponentType>;

const loaders: Loader[] = [];

/**
 * A view whose code loads on first visit (its own chunk). Unlike React.lazy it does not keep a
 * failed load: when the chunk cannot be fetched (the server is down) it says so, waits until the
 * server answers again and loads the chunk once more, with a reload button as the last resort.
 */
export function lazyView(load: Loader, { preload = true }: { preload?: boolean } = {}): ComponentType {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const get = () => {
    pending ??= load().then(
      (c) => (loaded = c),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  if (preload) loaders.push(get);
  function LazyView() {
    const { t } = useI18n();
    const [view, setView] = useState<ComponentType | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (view) return;
      let live = true;
      get().then(
        (c) => live && setView(() => c),
        async () => {
          if (!live) return;
          setFailed(true);
          // the chunk's fetch failed: is the server there at all?
          const answered = await fetch('/healthz', { cache: 'no-store' }).then(
            () => true,
            () => false,
          );
          // it is: the chunk itself is gone (a new version was deployed); only a reload helps
          if (answered || !live) return;
          reportUnreachable();
          await whenReachable();
          // back: load the chunk again
          if (live) {
            setFailed(false);
            setAttempt((a) => a + 1);
          }
        },
      );
      return () => {
        live = false;
      };
    }, [view, attempt]);
    if (view) {
      const View = view;
      return <View />;
    }
    if (failed)
      return (
        <Result
          status="warning"
          data-testid="view-unreachable"
          title={t('conn.viewUnreachable')}
          subTitle={t('conn.retrying')}
          extra={
            <Button type="primary" onClick={() => window.location.reload()} data-testid="reload-page">
              {t('conn.reload')}
            </Button>
          }
        />
      );
    return (
      <div style={{ padding: 64, textAlign: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  return LazyView;
}

/** Fetches every view's chunk while the browser is idle, so a later visit needs no request. */
export function preloadViews(): void {
  // The page says when every view's code is in (tests wait on it rather than on a clock).
  const run = () =>
    void Promise.allSettled([...loaders].map((get) => get())).then(() => {
      document.documentElement.dataset.viewsPreloaded = 'true';
    });
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 2000);
}

/** A bar under the header while the server cannot be reached; it goes away by itself when it is back. */
export function ConnectionBanner() {
  const { t } = useI18n();
  const [down, setDown] = useState(false);
  useEffect(() => onReachability((ok) => setDown(!ok)), []);
  if (!down) return null;
  return (
    <Alert
      type="warning"
      banner
      data-testid="connection-banner"
      message={`${t('conn.unreachable')} ${t('conn.retrying')}`}
      action={
        <Button size="small" onClick={() => window.location.reload()}>
          {t('conn.reload')}
        </Button>
      }
    />
  );
}
