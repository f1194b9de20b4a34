// Component tests render islands without their Astro wrapper: give them every string, as a wrapper would
// give its own subset. (Whether each island's key list covers what it uses is checked in island-keys.test.ts.)
import it from '../../src/core/i18n/ui/it.json';
import en from '../../src/core/i18n/ui/en.json';
import { provideStrings } from '../../src/widgets/shared/ui-strings';

provideStrings('it', it);
provideStrings('en', en);
