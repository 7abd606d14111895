/** Staff roles (shared by the schema, role checks and admin forms). */
export const STAFF_ROLES = ['owner', 'merchandiser', 'marketer', 'support'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
