import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * Answers that must not pay for the whole Express stack (ADR 0027): static assets held in memory,
 * page-cache hits and the Storefront API. Each handler looks at the raw request and either answers
 * it (returns true) or leaves it untouched for the next one (false); what none answers goes to the
 * Express app. A handler may only answer requests it can judge whole (exact paths, known keys), so
 * the edge's refusals (ADR 0016) still see everything else.
 */
export type FastHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export function withFastLane(handlers: readonly FastHandler[], app: RequestListener): RequestListener {
  if (!handlers.length) return app;
  return (req, res) => {
    let i = 0;
    const next = (): void => {
      while (i < handlers.length) {
        const answered = handlers[i++]!(req, res);
        if (answered === true) return;
        if (answered !== false) {
          answered.then(
            (done) => (done ? undefined : next()),
            () => (res.headersSent ? res.destroy() : app(req, res)),
          );
          return;
        }
      }
      app(req, res);
    };
    next();
  };
}
