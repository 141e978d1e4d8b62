/**
 * npm run nginx:config: writes the generated files of deploy/nginx (tools/nginx-config.ts):
 * outputs.conf from the output registry (src/outputs/) and site-subpad.conf from site.conf. Run
 * it after adding an output or changing site.conf; tests/deploy/nginx-config.test.ts fails until you do.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedNginxFiles } from '../tools/nginx-config.ts';
import { DEPLOY_NGINX } from '../tools/serve.ts';

const files = generatedNginxFiles();
for (const [name, text] of Object.entries(files)) await writeFile(path.join(DEPLOY_NGINX, name), text);
console.log(`${Object.keys(files).length} bestanden geschreven in deploy/nginx/: ${Object.keys(files).join(', ')}`);
