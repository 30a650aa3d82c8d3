export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  name: string;
  role: Role;
  /** How the request was authenticated. */
  via: 'session' | 'token';
}

const RANK: Record<Role, number> = { viewer: 1, analyst: 2, editor: 3, admin: 4 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` includes everything `needed` may do. */
export function atLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
