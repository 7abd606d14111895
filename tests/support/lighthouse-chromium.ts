/** Flags for the Chromium that Lighthouse drives over CDP: headless, offline-quiet, no first-run noise. */
export function lighthouseChromiumArgs(port: number): string[] {
  return [
    `--remote-debugging-port=${port}`,
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
