// Everything behind an unlocked vault: the conferences home, set-up and live mode, and the list of children
// subject to a plan, chosen by the URL hash.
import { useRoute } from '../state/route';

import { ConferencesScreen } from './ConferencesScreen';
import { ListArea } from './list/ListArea';
import { LiveScreen } from './live/LiveScreen';
import { OpenConference } from './OpenConference';
import { SetupScreen } from './SetupScreen';
import { SignOffScreen } from './signoff/SignOffScreen';
import { VerifyScreen } from './signoff/VerifyScreen';
import { TeamScreen } from './team/TeamScreen';
import { VaultSettingsScreen } from './vault/VaultSettingsScreen';

export function ConferenceArea() {
  const route = useRoute();
  switch (route.screen) {
    case 'home':
      return <ConferencesScreen />;
    case 'setup':
      return <SetupScreen id={route.id} />;
    case 'open':
      return <OpenConference id={route.id} />;
    case 'live':
      return <LiveScreen id={route.id} step={route.step} />;
    case 'signoff':
      return <SignOffScreen id={route.id} />;
    case 'verify':
      return <VerifyScreen />;
    case 'list':
      return <ListArea path={route.path} />;
    case 'vault':
      return <VaultSettingsScreen />;
    case 'team':
      return <TeamScreen section={route.section} {...(route.id ? { id: route.id } : {})} />;
  }
}
