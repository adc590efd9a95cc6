// Runs before `npm test`: the browser tests need Debian's Chromium (never a downloaded browser).
// As root with apt-get available it installs it; otherwise it says in one line how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `Chromium is missing at ${path}: run "sudo apt-get install -y chromium" (or set CHROME_PATH).`
    );
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian’s package (apt-get install -y chromium)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit'
  });
}
