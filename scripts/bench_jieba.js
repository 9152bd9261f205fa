// Segments every .txt file under a corpus directory with nodejieba (cppjieba),
// precise mode with HMM, line by line: the peer a user could pick instead of
// gse. Run by scripts/bench.sh when nodejieba can be required (NODE_PATH).
// Prints one line like benchcorpus segment, and a key=value line on stderr.
'use strict';
const fs = require('fs');
const path = require('path');

const t0 = process.hrtime.bigint();
const jieba = require('nodejieba');
jieba.load(); // the default dictionaries, loaded eagerly so start-up is timed
const startup = Number(process.hrtime.bigint() - t0) / 1e9;

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith('.txt')) yield p;
  }
}

let bytes = 0, words = 0, files = 0, busy = 0n;
const cpu0 = process.cpuUsage();
for (const f of walk(process.argv[2])) {
  const text = fs.readFileSync(f, 'utf8');
  const t = process.hrtime.bigint();
  for (const line of text.split('\n')) {
    if (line.length > 0) words += jieba.cut(line, true).length;
  }
  busy += process.hrtime.bigint() - t;
  bytes += Buffer.byteLength(text);
  files++;
}
const s = Number(busy) / 1e9;
const c = process.cpuUsage(cpu0);
const cpu = (c.user + c.system) / 1e6;
const docs = Number(process.argv[3] || files);
console.log(`nodejieba: startup ${startup.toFixed(3)}s; ${docs} docs, ${(bytes / 1e6).toFixed(1)} MB, ${words} words in ${s.toFixed(2)}s: ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(docs / s).toFixed(0)} docs/s; ${(bytes / 1e6 / cpu).toFixed(2)} MB per CPU-second`);
console.error(`mbps=${(bytes / 1e6 / s).toFixed(3)} docs_per_s=${(docs / s).toFixed(1)} startup=${startup.toFixed(3)} cpu_mbps=${(bytes / 1e6 / cpu).toFixed(3)}`);
