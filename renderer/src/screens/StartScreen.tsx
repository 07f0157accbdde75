// The first screen: what the app is, which shell it runs in and the state of the vault, from a real round trip.
import type { Output } from '../../../shared/ipc/contract';

const SHELL_TEXT: Record<Output<'app.status'>['shell'], string> = {
  electron: 'the desktop app',
  browser: 'the browser shell (this computer only)',
  cli: 'the command line',
  test: 'a test harness',
};

const VAULT_TEXT: Record<Output<'app.status'>['vault'], string> = {
  absent:
    'There is no vault on this computer yet. A vault is one encrypted file that keeps every record.',
  locked: 'The vault is locked. Unlock it with your passphrase to continue.',
  unlocked: 'The vault is unlocked.',
};

export function StartScreen({ status }: { status: Output<'app.status'> }) {
  return (
    <section aria-labelledby="start-title" className="panel">
      <h1 id="start-title">Child protection conferences</h1>
      <p className="lead">
        Run an initial child protection conference live, produce signed minutes, outline plans and
        decision letters, and keep the list of children subject to a child protection plan, all in
        one encrypted file on this computer.
      </p>
      <dl className="facts">
        <div>
          <dt>Running in</dt>
          <dd data-testid="shell">{SHELL_TEXT[status.shell]}</dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd data-testid="version">{status.version}</dd>
        </div>
        <div>
          <dt>Vault</dt>
          <dd data-testid="vault-state">{VAULT_TEXT[status.vault]}</dd>
        </div>
      </dl>
    </section>
  );
}
