// Writes the update manifest (gupdate XML) an internal server hosts beside the CRX: Chrome and
// Edge read it at the policy's update URL to install the extension, and at the manifest's
// update_url to update it (README, “Publishing privately”).
//
//   npm run update-xml -- --codebase https://intranet.example-council.gov.uk/closure-companion/closure-companion-0.1.0.crx
//
// The app id comes from the build's manifest `key` and the version from its `version`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { option, runWhenMain } from './cli.mjs';
import { extensionIdOf, REPO } from './council-key.mjs';
import { STORE_BUILD } from './pack-crx.mjs';

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The gupdate XML naming one extension, its CRX's address and its version. */
export function updateXml({ id, codebase, version }) {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${escape(id)}'>
    <updatecheck codebase='${escape(codebase)}' version='${escape(version)}' />
  </app>
</gupdate>
`;
}


function main(args) {
  const codebase = option(args, 'codebase');
  if (!codebase || !/^https?:\/\//.test(codebase)) {
    console.error('Usage: npm run update-xml -- --codebase <https address of the .crx> [--dir <build>] [--out <updates.xml>]');
    return 2;
  }
  const dir = resolve(option(args, 'dir', STORE_BUILD));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (!manifest.key) throw new Error(`Refused: the build in ${dir} carries no key, so its id would not be fixed. Build it with CC_MANIFEST_KEY set (npm run key:show -- <key.pem>).`);
  const out = resolve(option(args, 'out', join(REPO, '.output', 'updates.xml')));
  writeFileSync(out, updateXml({ id: extensionIdOf(manifest.key), codebase, version: manifest.version }));
  console.log(`Wrote ${out} (extension id ${extensionIdOf(manifest.key)}, version ${manifest.version}).`);
  return 0;
}

runWhenMain(import.meta.url, main);
