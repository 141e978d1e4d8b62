/**
 * npm run beheer [-- --poort 4321]: the CMS on this checkout. decap-server (Decap's local
 * backend) writes entries straight into the content folder (WEGWIJS_CONTENT, default content/);
 * Astro's dev server shows the site and the forms at http://127.0.0.1:<poort>/intern/beheer/,
 * and prints the same problems as `npm run check` after every save.
 */
import { scriptConfig } from '../src/config.ts';
import { startDecapServer, startDevServer } from '../src/cms/local.ts';

const args = process.argv.slice(2);
const portArg = args.indexOf('--poort');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 4321;
const settings = scriptConfig();
const { proxyPort } = settings.cms;

const proxy = await startDecapServer('.', proxyPort, true).catch((error: Error) => {
  console.error(`decap-server start niet (is poort ${proxyPort} bezet? zet WEGWIJS_CMS_PROXY_PORT):\n${error.message}`);
  process.exit(1);
});
const dev = await startDevServer({ port, proxyUrl: proxy.url, repoDir: '.', contentDir: settings.contentDir, echo: true }).catch(async (error: Error) => {
  console.error(error.message);
  await proxy.stop();
  process.exit(1);
});
console.log(`\nInhoud beheren: ${dev.url}/intern/beheer/  (de inhoud in ${settings.contentDir}/; Ctrl+C stopt)\n`);

const stop = async () => {
  await Promise.all([dev.stop(), proxy.stop()]);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
dev.process.once('exit', () => void stop());
