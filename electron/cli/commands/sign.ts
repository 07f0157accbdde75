// `icpc sign FILE --p12 P12 --out DIR`: renders every document of a conference with the chair's visible signature
// block and signs it (PDF: adbe.pkcs7.detached; DOCX: .p7s), with a manifest of SHA-256 hashes.
// Rules: docs/reliability.md §2.5, §3.6 S1, S2, S4; the passphrase is never an argument (docs/architecture.md §3.4).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

import {
  documentConfig,
  onePositional,
  outputDir,
  readConference,
  readInputFile,
  versionOption,
} from './document-input';
import { requireLookedAt } from './looked-at';
import { signInVault } from './vault-documents';

export const signCommand: CliCommand = {
  name: 'sign',
  summary: "Render and sign a conference's documents with the chair's PKCS#12 certificate.",
  usage: [
    '  FILE                   conference JSON in the format of resources/conference.schema.json',
    '  --id ID                or: sign off a conference in the vault, as the app does (vault passphrase;',
    '                         blockers refused; version frozen, stored and audited; --out exports it)',
    '  --p12 FILE             the chair certificate and key (.p12 or .pfx)',
    '  --out DIR              folder to write the signed documents to',
    '  --version N            record version being approved (default 1)',
    '  --role TEXT            role printed in the signature block (default: the chair role in FILE)',
    '  --looked-at NAMES      required: every document you looked at, by name, comma-separated (render the',
    '                         drafts first with icpc render; without it the names are listed and nothing is signed)',
    '  --passphrase-stdin     read the certificate passphrase from standard input',
    '  --passphrase-file F    read it from a file (otherwise a hidden prompt)',
  ].join('\n'),
  options: {
    p12: { type: 'string' },
    out: { type: 'string' },
    version: { type: 'string' },
    role: { type: 'string' },
    id: { type: 'string' },
    'looked-at': { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  },
  allowPositionals: true,
  run: async (args, ctx) => {
    if (args.values.id !== undefined) {
      return signInVault(args, ctx);
    }
    const file = onePositional(args.positionals, 'conference JSON file');
    if (typeof args.values.p12 !== 'string') {
      ctx.err('Give the chair certificate with --p12 FILE.\n');
      return EXIT.USAGE;
    }
    const out = outputDir(args.values.out);
    const conference = await readConference(file, ctx);
    const version = versionOption(args.values.version, 1);
    const p12 = readInputFile(args.values.p12, 'certificate file');
    const passphrase = await ctx.readPassphrase('Certificate passphrase: ', {
      'passphrase-stdin': args.values['passphrase-stdin'] === true,
      'passphrase-file':
        typeof args.values['passphrase-file'] === 'string'
          ? args.values['passphrase-file']
          : undefined,
    });
    // The document and crypto code is loaded by this command only (cli.help_ms).
    const [{ buildDocumentSet }, { sha256Hex }, { loadP12 }, { signDocument }] = await Promise.all([
      import('../../../shared/documents/document-set'),
      import('../../services/documents/canonical'),
      import('../../services/documents/sign/identity'),
      import('../../services/documents/sign/sign-document'),
    ]);
    const identity = loadP12(p12, passphrase);
    const role = typeof args.values.role === 'string' ? args.values.role : conference.chair.role;
    const signedAt = new Date();
    const set = buildDocumentSet(conference, documentConfig(conference), { version });
    requireLookedAt(
      args.values['looked-at'],
      set.documents.map((d) => d.name),
      `icpc render ${file} --out DIR`,
    );
    const manifest = [];
    for (const { name, doc } of set.documents) {
      const signed = await signDocument(doc, identity, { role, version, signedAt });
      writeFileSync(join(out, `${name}.pdf`), signed.pdf);
      writeFileSync(join(out, `${name}.docx`), signed.docx);
      writeFileSync(join(out, `${name}.docx.p7s`), signed.p7s);
      manifest.push({ name, kind: doc.kind, sha256: signed.sha256 });
      ctx.out(`${name}.pdf  ${name}.docx  ${name}.docx.p7s\n`);
    }
    const record = {
      conferenceId: conference.id,
      version,
      signedBy: identity.name,
      role,
      signedAt: signedAt.toISOString(),
      certificateFingerprint: identity.fingerprint,
      conferenceSha256: sha256Hex(JSON.stringify(conference)),
      documents: manifest,
      distribution: set.distribution,
    };
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(record, null, 2)}\n`);
    ctx.out(`Signed ${manifest.length} documents as version ${version} by ${identity.name}.\n`);
    return EXIT.OK;
  },
};
