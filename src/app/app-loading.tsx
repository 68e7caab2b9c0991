import { Spinner } from '../ui/spinner';
import './app.css';

/** Shown while the first route decides between sign-in and the app. */
export function AppLoading() {
  return (
    <main id="main" className="app-loading">
      <Spinner size={20} label="Loading Tokenport" />
    </main>
  );
}
