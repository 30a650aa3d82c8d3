import type { Request, Response } from 'express';
import type { Viewer } from '../auth/roles.js';
import type { SignInGuards } from '../auth/service.js';
import type { AccountStore } from '../auth/store.js';
import type { Config } from '../config.js';
import type { ResultCache } from '../cache.js';
import type { QueryRunner } from '../db/runner.js';

/** What every resolver may use; built once per app and shared by requests. */
export interface Services {
  config: Config;
  runner: QueryRunner;
  /** Accounts, sessions, tokens, the audit log and saved queries: outside the graph. */
  accounts: AccountStore;
  /** Results of the expensive reads, keyed by the data version. */
  cache: ResultCache;
  signInGuards: SignInGuards;
}

/** One request's context: the services, who is asking, and from where. */
export interface Context {
  services: Services;
  viewer: Viewer | null;
  /** The language the client shows (its X-ChainAtlas-Lang header), for validation messages. */
  lang: 'zh' | 'en';
  /** The client's address, for throttling and the audit log. */
  address: string;
  /** Session cookie value when the request came with one. */
  sessionCookie: string | null;
  /** Present on HTTP requests: lets sign-in and sign-out set the cookie. */
  res?: Response;
  req?: Request;
}
