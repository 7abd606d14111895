/** Shared by the password form (browser) and its action (server), so it must not import node:crypto. */
export const MIN_PASSWORD_LENGTH = 12;
