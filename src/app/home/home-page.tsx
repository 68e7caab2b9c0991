import { FigmaProfile } from './figma-profile';
import { PageHeader } from '../../ui/page-header';
import { OpenFileForm } from '../../files/open-file-form';
import { SavedTeams } from '../../files/saved-teams';
import { RecentFiles } from '../../files/recent-files';
import './home-page.css';

export function HomePage() {
  return (
    <div className="home">
      <PageHeader
        title="Your Figma files"
        description="Open a file by its link, or browse the teams you added."
      />
      <div className="home__grid">
        <div className="home__main">
          <OpenFileForm />
          <SavedTeams />
          <RecentFiles />
        </div>
        <aside className="home__aside" aria-label="Figma account">
          <FigmaProfile />
        </aside>
      </div>
    </div>
  );
}
