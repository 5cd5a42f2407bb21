import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pickLanguage } from '@/utils/ui-text';
import { DashboardApp } from './DashboardApp';

render(<DashboardApp lang={pickLanguage(browser.i18n.getUILanguage())} />, document.getElementById('app')!);
