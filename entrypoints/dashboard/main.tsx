import { render } from 'preact';
import { browser } from 'wxt/browser';
import { translator } from '@/utils/i18n/t';
import { pickLanguage } from '@/utils/ui-text';
import { DashboardApp } from './DashboardApp';

const lang = pickLanguage(browser.i18n.getUILanguage());
// index.html carries the Chinese title for the first paint; the tab then takes the user's language.
document.title = translator(lang)('dashboard.title');
render(<DashboardApp lang={lang} />, document.getElementById('app')!);
