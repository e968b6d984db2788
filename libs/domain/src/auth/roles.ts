/** The five roles of Lotsen CRM (domain.md, "Entities"). */
export const ROLES = ['counsellor', 'team_lead', 'admin', 'analyst', 'provider'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles whose users belong to an office (Standort). */
export const OFFICE_ROLES: readonly Role[] = ['counsellor', 'team_lead'];

/** Roles that must be linked to a provider (Träger). */
export const PROVIDER_ROLES: readonly Role[] = ['provider'];

/** German labels, used by the web app and in messages. */
export const ROLE_LABELS_DE: Record<Role, string> = {
  counsellor: 'Berater*in',
  team_lead: 'Teamleitung',
  admin: 'Administration',
  analyst: 'Sozialplanung',
  provider: 'Träger',
};
