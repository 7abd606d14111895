import type { StaffRole } from '#app/modules/staff/core/role-names.ts';

/** Admin areas and the roles that may use them (owner may use everything). */
export const AREA_ROLES = {
  home: ['owner', 'merchandiser', 'marketer', 'support'],
  products: ['owner', 'merchandiser'],
  markets: ['owner', 'merchandiser'],
  pricing: ['owner', 'merchandiser'],
  promotions: ['owner', 'merchandiser'],
  content: ['owner', 'marketer'],
  seo: ['owner', 'marketer'],
  orders: ['owner', 'support'],
  returns: ['owner', 'support'],
  staff: ['owner'],
  /** Shop settings: the store's legal policies and brand, what it promises and how it looks. */
  settings: ['owner'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type AdminArea = keyof typeof AREA_ROLES;

export function canAccess(role: StaffRole, area: AdminArea): boolean {
  return (AREA_ROLES[area] as readonly StaffRole[]).includes(role);
}

/** Roles that may look at an area without changing anything (marketers plan around promotions). */
export const AREA_READERS: Partial<Record<AdminArea, readonly StaffRole[]>> = {
  promotions: ['marketer'],
};

export function canRead(role: StaffRole, area: AdminArea): boolean {
  return canAccess(role, area) || (AREA_READERS[area]?.includes(role) ?? false);
}
