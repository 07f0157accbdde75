// `icpc render FILE --out DIR`: a conference JSON file → the record, plans, letters, restricted annex and family
// copies as DOCX and PDF, plus the distribution list. Rules: docs/domain.md §9.4, §4.3.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

import {
  documentConfig,
  onePositional,
  outputDir,
  readConference,
  versionOption,
} from './document-input';
import { idOption, withVault } from './vault-documents';

export const renderCommand: CliCommand = {
  name: 'render',
  summary: 'Render the documents of a conference JSON file as DOCX and PDF (unsigned drafts).',
  usage: [
    '  FILE              conference JSON in the format of resources/conference.schema.json',
    '  --id ID           or: a conference in the vault (asks for the vault passphrase)',
    '  --out DIR         folder to write the documents to (created if missing)',
    '  --version N       record version printed in the documents (default: draft)',
  ].join('\n'),
  options: {
    out: { type: 'string' },
    version: { type: 'string' },
    id: { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  },
  allowPositionals: true,
  run: async (args, ctx) => {
    const fromVault = args.values.id !== undefined;
    const file = fromVault ? '' : onePositional(args.positionals, 'conference JSON file');
    const id = fromVault ? await idOption(args.values.id) : null;
    const out = outputDir(args.values.out);
    const conference = id
      ? await withVault(args, ctx, (s) => Promise.resolve(s.conferences.get(id).conference))
      : await readConference(file, ctx);
    const version = versionOption(args.values.version, 0);
    // The document code is loaded by this command only (cli.help_ms).
    const [{ buildDocumentSet }, { renderDocx }, { renderPdf }] = await Promise.all([
      import('../../../shared/documents/document-set'),
      import('../../services/documents/docx-renderer'),
      import('../../services/documents/pdf-renderer'),
    ]);
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
