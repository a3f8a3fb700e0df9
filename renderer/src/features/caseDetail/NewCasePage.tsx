import { AreaComingPage } from '../areas/AreaComingPage';

/** Placeholder until this screen is built; honest about it. */
export function NewCasePage() {
  return <AreaComingPage area="Nieuwe aanmelding" />;
}
