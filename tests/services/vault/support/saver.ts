// A child process for fault tests: saves in a loop (F1), or does one save and one compaction (F4, F5).
// Usage: node saver.mjs <dataDir> loop|once|save
import { testVault } from '../helpers';

const [dataDir, mode] = process.argv.slice(2) as [string, string];
const send = (m: unknown): void => {
  if (process.send) {
    process.send(m);
  } else {
    process.stdout.write(`${JSON.stringify(m)}\n`);
  }
};

const v = testVault(dataDir);
try {
  if ((await v.state()) === 'absent') {
    await v.create('correct horse battery staple');
  } else {
    await v.unlock('correct horse battery staple');
  }
  if (mode === 'loop') {
    send({ ready: true }); // the parent starts its random kill timer from here, so load cannot skew it
    const start = (v.get<{ i: number }>('conferences', 'c')?.i ?? 0) + 1;
    for (let i = start; ; i += 1) {
      await v.put('conferences', 'c', { i, text: 'Lorem ipsum dolor sit amet. '.repeat(200) });
      if (i % 7 === 0) {
        await v.putDocument(`d${i}`, {
          mediaType: 'application/pdf',
          meta: {},
          bytes: Buffer.alloc(40_000, i),
        });
      }
      send({ ack: i });
    }
  } else {
    try {
      await v.put('conferences', 'c', { i: 1 });
      if (mode === 'once') {
        await v.compact();
      }
      send({ ok: true });
    } catch (e) {
      send({ ok: false, code: (e as { code?: string }).code });
    }
  }
} finally {
  await v.close();
}
