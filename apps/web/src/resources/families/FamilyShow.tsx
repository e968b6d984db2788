import { EditButton, Show, TabbedShowLayout, TopToolbar } from 'react-admin';
import { AnonymizeFamilyButton, ExportFamilyButton } from './DataProtectionButtons';
import { FamilyTitle } from './FamilyTitle';
import { HandoffButton } from './HandoffDialog';
import { ConsentsTab } from './tabs/ConsentsTab';
import { ContactsTab } from './tabs/ContactsTab';
import { FollowUpsTab } from './tabs/FollowUpsTab';
import { NeedsTab } from './tabs/NeedsTab';
import { OverviewTab } from './tabs/OverviewTab';
import { PersonsTab } from './tabs/PersonsTab';
import { ReferralsTab } from './tabs/ReferralsTab';
import { TimelineTab } from './tabs/TimelineTab';

const Actions = () => (
  <TopToolbar>
    <HandoffButton />
    <EditButton />
    <ExportFamilyButton />
    <AnonymizeFamilyButton />
  </TopToolbar>
);

/**
 * The family page. Each tab has its own path (#/families/{id}/show/needs, …), so that links
 * from notifications and the timeline open the right one.
 */
export const FamilyShow = () => (
  <Show actions={<Actions />} title={<FamilyTitle />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.families.tabs.overview">
        <OverviewTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.families.tabs.persons" path="persons">
        <PersonsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.families.tabs.contacts" path="contacts">
        <ContactsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.families.tabs.needs" path="needs">
        <NeedsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.families.tabs.referrals" path="referrals">
        <ReferralsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.families.tabs.followUps" path="follow-ups">
        <FollowUpsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.families.tabs.consents" path="consents">
        <ConsentsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.families.tabs.timeline" path="timeline">
        <TimelineTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
