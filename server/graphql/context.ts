import type { Config } from '../config.js';
import type { QueryRunner } from '../db/runner.js';

/** What every resolver may use; built once per app and shared by requests. */
export interface Services {
  config: Config;
  runner: QueryRunner;
}

export interface Context {
  services: Services;
}

export function createServices(config: Config, runner: QueryRunner): Services {
  return { config, runner };
}
