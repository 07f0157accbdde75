// `icpc render FILE --out DIR`: a conference JSON file → the record, plans, letters, restricted annex and family
// copies as DOCX and PDF, plus the distribution list. Rules: domain.md §9.4, §4.3; issue 6 item 6.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildDocumentSet } from '../../../shared/documents/document-set';
import { AppFailure } from '../../../shared/ipc/result';
import { renderDocx } from '../../services/documents/docx-renderer';
import { renderPdf } from '../../services/documents/pdf-renderer';
import { EXIT } from '../command';
import type { CliCommand } from '../command';

import { documentConfig, onePositional, readConference, versionOption } from './document-input';

/** Creates the output folder, or fails with a clear message. */
export function outputDir(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new AppFailure('BAD_INPUT', 'Give the folder to write the documents to with --out DIR.');
  }
  try {
    mkdirSync(value, { recursive: true });
  } catch {
    throw new AppFailure('IO', `Cannot create the output folder "${value}".`);
  }
  return value;
}

export const renderCommand: CliCommand = {
  name: 'render',
  summary: 'Render the documents of a conference JSON file as DOCX and PDF (unsigned drafts).',
  usage: [
    '  FILE              conference JSON in the format of resources/conference.schema.json',
    '  --out DIR         folder to write the documents to (created if missing)',
    '  --version N       record version printed in the documents (default: draft)',
  ].join('\n'),
  options: { out: { type: 'string' }, version: { type: 'string' } },
  allowPositionals: true,
  run: async (args, ctx) => {
    const file = onePositional(args.positionals, 'conference JSON file');
    const out = outputDir(args.values.out);
    const conference = readConference(file, ctx);
    const version = versionOption(args.values.version, 0);
    const set = buildDocumentSet(conference, documentConfig(conference), { version });
    for (const { name, doc } of set.documents) {
      const [pdf, docx] = await Promise.all([renderPdf(doc), renderDocx(doc)]);
      writeFileSync(join(out, `${name}.pdf`), pdf);
      writeFileSync(join(out, `${name}.docx`), docx);
      ctx.out(`${name}.pdf\n${name}.docx\n`);
    }
    writeFileSync(join(out, 'distribution.json'), `${JSON.stringify(set.distribution, null, 2)}\n`);
    ctx.out(`distribution.json\n${set.documents.length * 2} documents written to ${out}\n`);
    return EXIT.OK;
  },
};
