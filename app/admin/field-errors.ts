/** Field name → error code (`code` or `code:detail`); `form` for errors that belong to no one field. */
export type FieldErrors = Record<string, string>;
