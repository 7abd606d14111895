/**
 * robots.txt: Meridian's defaults (carts, search, checkout and APIs are not for crawlers) plus
 * the merchant's own rules. Those are validated line by line, because a malformed robots.txt
 * makes crawlers guess (and fails Lighthouse's robots-txt audit).
 */

export const DEFAULT_ROBOTS_RULES = [
  'User-agent: *',
  'Disallow: /cart',
  'Disallow: /*/cart',
  'Disallow: /checkout',
  'Disallow: /*/checkout',
  'Disallow: /search',
  'Disallow: /*/search',
  'Disallow: /api/',
  'Disallow: /app',
  'Disallow: /locale',
];

export const ROBOTS_MAX_LENGTH = 10_000;

const DIRECTIVE = /^(user-agent|allow|disallow|crawl-delay|sitemap)\s*:\s*(.*)$/i;

export interface RobotsProblem {
  line: number;
  code: 'unknownDirective' | 'badPath' | 'badSitemap' | 'badCrawlDelay' | 'ruleBeforeUserAgent' | 'tooLong';
}

/** Every problem of the merchant's extra rules (1-based line numbers). */
export function validateRobots(text: string): RobotsProblem[] {
  if (text.length > ROBOTS_MAX_LENGTH) return [{ line: 0, code: 'tooLong' }];
  const problems: RobotsProblem[] = [];
  let sawAgent = false;
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/#.*$/, '').trim();
      if (line === '') return;
      const m = DIRECTIVE.exec(line);
      if (!m) return void problems.push({ line: i + 1, code: 'unknownDirective' });
      const [, directive, value = ''] = m;
      const d = directive!.toLowerCase();
      if (d === 'user-agent') sawAgent = true;
      else if (d === 'sitemap') {
        if (!/^https?:\/\/\S+$/i.test(value)) problems.push({ line: i + 1, code: 'badSitemap' });
      } else if (!sawAgent) problems.push({ line: i + 1, code: 'ruleBeforeUserAgent' });
      else if ((d === 'allow' || d === 'disallow') && value !== '' && !/^[/*]\S*$/.test(value))
        problems.push({ line: i + 1, code: 'badPath' });
      else if (d === 'crawl-delay' && !/^\d{1,3}(\.\d+)?$/.test(value))
        problems.push({ line: i + 1, code: 'badCrawlDelay' });
    });
  return problems;
}

export function robotsTxt(extra: string, sitemapUrl: string): string {
  const custom = extra.replace(/\r\n?/g, '\n').trim();
  return [...DEFAULT_ROBOTS_RULES, '', ...(custom ? [custom, ''] : []), `Sitemap: ${sitemapUrl}`, ''].join(
    '\n',
  );
}
