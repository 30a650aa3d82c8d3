/**
 * Whether the server can be reached. A request that gets no HTTP answer at all (the server is
 * down, the network blinks) marks it unreachable; from then on `/healthz` is asked every
 * `POLL_MS` until any HTTP answer comes, and everything that failed meanwhile (queries, view
 * chunks) is told to try again.
 */
const POLL_MS = 2000;

type Listener = (reachable: boolean) => void;
const listeners = new Set<Listener>();
let reachable = true;
let timer: ReturnType<typeof setTimeout> | null = null;

function set(next: boolean) {
  if (next === reachable) return;
  reachable = next;
  for (const l of [...listeners]) l(next);
}

async function poll() {
  timer = null;
  try {
    // any HTTP answer means the server is back (503 only says the database is not)
    await fetch('/healthz', { cache: 'no-store' });
    set(true);
  } catch {
    timer = setTimeout(() => void poll(), POLL_MS);
  }
}

export function isReachable(): boolean {
  return reachable;
}

export function reportUnreachable(): void {
  set(false);
  if (!timer) timer = setTimeout(() => void poll(), POLL_MS);
}

export function reportReachable(): void {
  set(true);
}

/** Calls `listener` with every change; returns the unsubscribe function. */
export function onReachability(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Resolves the next time the server is reachable (at once when it is). */
export function whenReachable(): Promise<void> {
  if (reachable) return Promise.resolve();
  return new Promise((resolve) => {
    const off = onReachability((ok) => {
      if (!ok) return;
      off();
      resolve();
    });
  });
}
