// `npm run bench`: runs every bench and prints one JSON line per figure on stdout (progress goes to stderr).
import { round3 } from './figure';
import { BENCHES } from './index';

const only = process.argv.slice(2);
for (const bench of BENCHES) {
  if (only.length > 0 && !only.includes(bench.name)) {
    continue;
  }
  process.stderr.write(`bench: ${bench.name}\n`);
  await bench.run((figure) => {
    process.stdout.write(`${JSON.stringify({ ...figure, value: round3(figure.value) })}\n`);
  });
}
