// The vault's backups, newest first, fetched from main (works locked or unlocked).
import { useEffect, useState } from 'react';

import type { Output } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';

export type Backup = Output<'vault.backups'>['backups'][number];

export function useBackups(): { backups: Backup[] | null; error: AppError | null } {
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    void invoke('vault.backups', {}).then((r) => {
      if (r.ok) {
        setBackups(r.value.backups);
      } else {
        setError(r.error);
      }
    });
  }, []);
  return { backups, error };
}
