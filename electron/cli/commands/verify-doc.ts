// `icpc verify-doc FILE [--p7s FILE]`: who signed a PDF (or a DOCX with its .p7s), when, which version, and
// whether it is intact; the signer's certificate fingerprint and whether it is trusted. Exit 0 intact (and, with
// --trust, trusted), 1 otherwise. Rule source: docs/reliability.md §3.6 S3, S5.
import { existsSync } from 'node:fs';

import type { VerifyResult } from '../../services/documents/sign/verify';
import { EXIT } from '../command';
import type { CliCommand } from '../command';

import { onePositional, readInputFile } from './document-input';

export const verifyDocCommand: CliCommand = {
  name: 'verify-doc',
  summary:
    'Check a signed PDF, or a DOCX with its .p7s: signed by whom, when, which version, intact or not.',
  usage: [
    '  FILE            the signed .pdf, or the .docx',
    '  --p7s FILE      the detached signature of a DOCX (default: FILE.p7s)',
    '  --trust PEM     a CA certificate (PEM) to check the signer against',
    '  --json          print the result as JSON',
  ].join('\n'),
  options: { p7s: { type: 'string' }, trust: { type: 'string' }, json: { type: 'boolean' } },
  allowPositionals: true,
  run: async (args, ctx) => {
    const file = onePositional(args.positionals, 'signed document');
    const bytes = readInputFile(file, 'document');
    const trustedPem =
      typeof args.values.trust === 'string'
        ? [readInputFile(args.values.trust, 'CA certificate').toString('utf8')]
        : undefined;
    const options = trustedPem ? { trustedPem } : {};
    // The crypto code is loaded by this command only (cli.help_ms).
    const { describeCertificate, describeVerdict, verifyDocx, verifyPdf } =
      await import('../../services/documents/sign/verify');
    let result: VerifyResult;
    if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
      result = verifyPdf(bytes, options);
    } else {
      const p7sPath = typeof args.values.p7s === 'string' ? args.values.p7s : `${file}.p7s`;
      if (!existsSync(p7sPath)) {
        ctx.err(
          `A DOCX is verified with its detached signature: give --p7s FILE (looked for "${p7sPath}").\n`,
        );
        return EXIT.USAGE;
      }
      result = verifyDocx(bytes, readInputFile(p7sPath, 'signature file'), options);
    }
    if (args.values.json === true) {
      ctx.out(`${JSON.stringify(result)}\n`);
    } else {
      ctx.out(`${describeVerdict(result)}\n${describeCertificate(result)}\n`);
    }
    // With --trust, a certificate that does not chain to the given CA fails the check like a changed file.
    const ok = result.intact && result.coversWholeFile && result.trusted !== false;
    return ok ? EXIT.OK : EXIT.FAILED;
  },
};
