// Copies the parts of the npm packages the app serves into target/classes/static/vendor,
// so they end up in the jar without committing third-party files to the repository.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
// Page weight (issue 16): DKFDS declares the complete IBM Plex Sans (Cyrillic, Greek, Vietnamese: 56–79 KB
// a weight, and an .eot and .woff before the .woff2 for the regular weight). Danish needs Latin-1: its
// split subsets are 17 KB a weight. Every @font-face of the copied stylesheet points at the Latin-1 woff2
// of its weight instead; a character outside the subset is drawn by the next font in the list.
const split = 'node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2';
cpSync(split, join(out, 'dkfds/fonts/IBMPlexSans/split/woff2'), { recursive: true,
  filter: (name) => !name.endsWith('.woff2') || name.endsWith('-Latin1.woff2') });
const stylesheet = join(out, 'dkfds/css/dkfds.min.css');
let faces = 0;
const css = readFileSync(stylesheet, 'utf8').replace(/@font-face\{[^}]*\}/g, (face) => {
  const weight = /IBMPlexSans-([A-Za-z]+)\.woff2/.exec(face);
  if (!weight) {
    return face;
  }
  faces++;
  return face.replace(/src:[^;}]*/, `src:url(../fonts/IBMPlexSans/split/woff2/IBMPlexSans-${weight[1]}-Latin1.woff2) format("woff2")`);
});
writeFileSync(stylesheet, css);
console.log(`copied ${copies.length} asset groups to ${out}; ${faces} font faces use the Latin-1 subsets`);
