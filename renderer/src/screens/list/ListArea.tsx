// The list area: navigation between its screens and the screen the route names (#/list/...).
// Rule source: docs/list.md (the list, checks and the enquiry log, a child's plans, due dates, census export).
import { CensusScreen } from './CensusScreen';
import { CheckScreen } from './CheckScreen';
import { ChildPlanScreen } from './ChildPlanScreen';
import { DueScreen } from './DueScreen';
import { EnquiryLogScreen } from './EnquiryLogScreen';
import { listViewFrom } from './list-route';
import { ListNav } from './ListNav';
import { ListScreen } from './ListScreen';
import { SettingsScreen } from './SettingsScreen';
import { TransferInScreen } from './TransferInScreen';
import '../../styles/conference.css';
import './list.css';

function Screen({ path }: { path: string[] }) {
  const v = listViewFrom(path);
  switch (v.view) {
    case 'list':
      return <ListScreen />;
    case 'check':
      return <CheckScreen />;
    case 'enquiries':
      return <EnquiryLogScreen />;
    case 'due':
      return <DueScreen />;
    case 'census':
      return <CensusScreen />;
    case 'transfer-in':
      return <TransferInScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'child':
      return <ChildPlanScreen key={v.childId} childId={v.childId} />;
  }
}

export function ListArea({ path }: { path: string[] }) {
  return (
    <div className="panel list-area">
      <ListNav current={listViewFrom(path).view} />
      <Screen path={path} />
    </div>
  );
}
