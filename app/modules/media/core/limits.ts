/**
 * Upload limits, importable by client code (an upload form states them) as well as the server.
 * A small file can declare huge dimensions (a decompression bomb), so the side is capped too.
 */
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;
export const MEDIA_MAX_SIDE = 8000;

export type MediaErrorCode = 'unsupported' | 'too_large' | 'corrupt';
