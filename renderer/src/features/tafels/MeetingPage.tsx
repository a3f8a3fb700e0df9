import { AreaComingPage } from '../areas/AreaComingPage';

/** Placeholder until this screen is built; honest about it. */
export function MeetingPage() {
  return <AreaComingPage area="Bijeenkomst" />;
}
