// Copies the parts of the npm packages the app serves into target/classes/static/vendor,
// so they end up in the jar without committing third-party files to the repository.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const out = join('target', 'classes', 'static', 'vendor');
const copies = [
  ['node_modules/dkfds/dist/css/dkfds.min.css', 'dkfds/css/dkfds.min.css'],
  ['node_modules/dkfds/dist/js/dkfds.min.js', 'dkfds/js/dkfds.min.js'],
  ['node_modules/dkfds/dist/img', 'dkfds/img'],
  ['node_modules/dkfds/dist/fonts/IBMPlexSans/complete/woff2', 'dkfds/fonts/IBMPlexSans/complete/woff2'],
  ['node_modules/dkfds/dist/fonts/IBMPlexSans/complete/woff', 'dkfds/fonts/IBMPlexSans/complete/woff'],
  ['node_modules/dkfds/dist/fonts/IBMPlexSans/complete/ttf', 'dkfds/fonts/IBMPlexSans/complete/ttf'],
  ['node_modules/htmx.org/dist/htmx.min.js', 'htmx/htmx.min.js'],
];
for (const [from, to] of copies) {
  const target = join(out, to);
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(from, target, { recursive: true });
}
console.log(`copied ${copies.length} asset groups to ${out}`);
