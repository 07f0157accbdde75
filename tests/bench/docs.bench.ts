// docs.render_ms: record, plans and letter for a sibling group of four (~40 pages), DOCX and PDF, in one thread;
// docs.docx_bytes: the size of that record's DOCX;
// docs.sign_ms: signing one rendered record, PDF and DOCX (goal ≤ 300 ms). Medians of 5 warm runs.
import { renderDocx } from '../../electron/services/documents/docx-renderer';
import { renderPdf } from '../../electron/services/documents/pdf-renderer';
import { signDetached } from '../../electron/services/documents/sign/cms';
import { createChairCertificate, loadP12 } from '../../electron/services/documents/sign/identity';
import { signPdf } from '../../electron/services/documents/sign/pdf-sign';
import { buildDecisionLetter } from '../../shared/documents/decision-letter';
import { buildMinutes } from '../../shared/documents/minutes';
import { buildOutlinePlans } from '../../shared/documents/outline-plan';
import { DOC_CONFIG, aLargeSiblingGroup } from '../fixtures/documents';

import { median } from './figure';
import type { Bench } from './figure';

const RUNS = 5;

async function renderAll(): Promise<{
  ms: number;
  cpuMs: number;
  pages: number;
  pdf: Uint8Array;
  docx: Uint8Array;
}> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const conference = aLargeSiblingGroup();
  const docs = [
    buildMinutes(conference, DOC_CONFIG),
    ...buildOutlinePlans(conference, DOC_CONFIG, { sibling: false }),
    buildDecisionLetter(conference, DOC_CONFIG),
  ];
  const out = await Promise.all(
    docs.map(async (d) => ({ pdf: await renderPdf(d), docx: await renderDocx(d) })),
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const pages = out.reduce(
    (n, o) => n + (new TextDecoder('latin1').decode(o.pdf).match(/\/Type \/Page\b/g)?.length ?? 0),
    0,
  );
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    pages,
    pdf: out[0]?.pdf ?? new Uint8Array(),
    docx: out[0]?.docx ?? new Uint8Array(),
  };
}

export const docsBench: Bench = {
  name: 'docs',
  run: async (report) => {
    await renderAll(); // warm-up: fonts loaded, modules compiled
    const renders = [];
    for (let i = 0; i < RUNS; i += 1) {
      renders.push(await renderAll());
    }
    const pages = renders[0]?.pages ?? 0;
    report({
      name: 'docs.render_ms',
      value: median(renders.map((r) => r.ms)),
      unit: 'ms',
      params: {
        children: 4,
        pages,
        formats: 'docx+pdf',
        measures:
          'build + render of record, 4 outline plans, letter; one thread, from the conference to bytes',
        cpu_ms: Math.round(median(renders.map((r) => r.cpuMs))),
        runs: RUNS,
      },
    });
    // The record (conference-record DOCX) of the sibling group of four: no font embedded (fonts.ts, Arial named).
    report({
      name: 'docs.docx_bytes',
      value: renders[0]?.docx.length ?? 0,
      unit: 'bytes',
      params: { children: 4, document: 'conference record', fonts: 'named (Arial), not embedded' },
    });
    const made = createChairCertificate({
      name: 'Alex Invented',
      role: 'Independent chair',
      authority: 'Fictionshire County Council',
      passphrase: 'bench passphrase',
    });
    const identity = loadP12(made.p12, 'bench passphrase');
    const { pdf, docx } = renders[0] ?? (await renderAll());
    const times = [];
    for (let i = 0; i < RUNS + 1; i += 1) {
      const t0 = performance.now();
      await signPdf(pdf, identity, { signingTime: new Date(), reason: 'bench' });
      signDetached(docx, identity, new Date());
      times.push(performance.now() - t0);
    }
    report({
      name: 'docs.sign_ms',
      value: median(times.slice(1)),
      unit: 'ms',
      params: { key: 'rsa-3072', pdfBytes: pdf.length, docxBytes: docx.length, runs: RUNS },
    });
  },
};
